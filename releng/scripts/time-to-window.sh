#!/usr/bin/env bash
# Starts an unpacked product on a workspace and exits as soon as its workbench window shows (not
# the splash, which carries the product's name too): a whole command to time start-up with,
# for example paired against another product (docs/measurements.md).
# Usage: time-to-window.sh PRODUCT_FOLDER WORKSPACE   (needs a display and xdotool)
set -euo pipefail
product=$1
workspace=$2
"$product/civitas" -data "$workspace" >/dev/null 2>&1 &
pid=$!
while kill -0 "$pid" 2>/dev/null; do
  for id in $(xdotool search --onlyvisible --name '^Civitas Portfolio Studio' 2>/dev/null || true); do
    case $(xdotool getwindowgeometry "$id" 2>/dev/null) in
      *"Geometry: 460x300"*) ;;
      *) kill "$pid"; wait "$pid" 2>/dev/null || true; exit 0 ;;
    esac
  done
  sleep 0.05
done
echo "time-to-window: the product exited before showing its window" >&2
exit 1
