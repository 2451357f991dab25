#!/usr/bin/env bash
# Times two commands as whole processes, in turn (A B A B ...) after one warm-up run of each, and
# prints for each its median wall time and peak memory, and the ratio A/B pair by pair (median,
# min, max): on a shared machine whose speed drifts, a ratio of neighbouring runs holds where
# absolute times do not. Each command is one string run by sh; what it prints is discarded.
# Usage: paired-runs.sh RUNS 'COMMAND A' 'COMMAND B'   (needs GNU time: Debian's package time)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
[ $# -eq 3 ] || { echo "usage: paired-runs.sh RUNS 'COMMAND A' 'COMMAND B'" >&2; exit 2; }
runs=$1 command_a=$2 command_b=$3
[ -x /usr/bin/time ] || { echo "paired-runs.sh needs GNU time: sudo apt-get install time" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs one command once; appends "wall-seconds peak-KiB" to the file $1.
timed() {
  /usr/bin/time -f '%e %M' -o "$work/last" sh -c "$2" >/dev/null 2>&1 || true
  tail -n 1 "$work/last" >>"$1"
}

timed "$work/warm-up" "$command_a"
timed "$work/warm-up" "$command_b"
for _ in $(seq 1 "$runs"); do
  timed "$work/a" "$command_a"
  timed "$work/b" "$command_b"
done
paste -d ' ' "$work/a" "$work/b" | awk '{ printf "%.3f\n", $1 / $3 }' >"$work/ratios"
for side in a b; do
  name=A; command=$command_a
  [ "$side" = b ] && name=B && command=$command_b
  printf '%s: wall median %s s, peak memory median %s MiB: %s\n' "$name" \
    "$(cut -d ' ' -f 1 "$work/$side" | median)" \
    "$(cut -d ' ' -f 2 "$work/$side" | median | awk '{ printf "%.1f", $1 / 1024 }')" "$command"
done
printf 'A/B wall, pair by pair, %s pairs: median %s (min %s, max %s)\n' "$runs" "$(median <"$work/ratios")" \
  "$(sort -g "$work/ratios" | head -n 1)" "$(sort -g "$work/ratios" | tail -n 1)"
