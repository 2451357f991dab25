#!/usr/bin/env bash
# Shows the built product's help as a reader sees Help > Help Contents: starts the product's own
# help server (the help system's information-center application, no workbench), opens a topic
# in headless Chromium and writes the picture the guides show (docs/images/help-contents.png).
# Usage: help-screenshot.sh [output.png]   (needs the product built, and Debian's chromium)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

output=$(realpath -m "${1:-$CIVITAS_ROOT/docs/images/help-contents.png}")
port=8099
work=$(mktemp -d)
require_packages "${BROWSER_PACKAGES[@]}"
product=$(unpack_product "$work/install")
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar)
java -Dserver_port=$port -jar "$launcher" -application org.eclipse.help.base.infocenterApplication \
  -data "$work/help-workspace" -nosplash >"$work/help-server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/help/index.jsp" && break
  sleep 1
done
topic=%2Forg.civitas.help%2Fhelp%2Farchitect%2Fdiagrams.html
chromium --headless --no-sandbox --disable-gpu --window-size=1440,900 --virtual-time-budget=8000 \
  --screenshot="$output" "http://127.0.0.1:$port/help/index.jsp?topic=$topic" 2>/dev/null
echo "Help Contents as a browser shows it: $output"
