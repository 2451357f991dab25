#!/usr/bin/env bash
# Starts the built product from its archive the way a user would (unpack, ./civitas) under a
# virtual X server, and checks and times what a user sees:
#   - the start script refuses clearly when no Java 17+ is found;
#   - the workbench window appears (timed from the start script to the window shown);
#   - the example project is created in the new workspace;
#   - the workspace log holds no error;
#   - the headless command line works through the same script with no display.
# Usage: product-start.sh [runs]   (default 1: the first start after unpacking; with more, the
# median of the later ones is printed too, as docs/measurements.md reports it)
# Prints one line per run and the median; exits non-zero when a check fails.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

runs=${1:-1}
window_timeout_seconds=60
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -z "${DISPLAY:-}" ]; then
  require_packages "${GUI_PACKAGES[@]}" "${HEADLESS_GUI_PACKAGES[@]}"
  exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi

product=$(unpack_product "$work/install")
echo "Product unpacked from $(basename "$(product_archive)") into $product"

# The Java runtime itself loads the launcher and the framework: signed, they would be checked at
# every start and kept out of the class-data archive (see releng/scripts/StripJarSignatures.java).
for jar in "$product"/plugins/org.eclipse.osgi_*.jar "$product"/plugins/org.eclipse.equinox.launcher_*.jar; do
  # Entry names are stored as they are in a jar's directory, so grep finds a signature file.
  if LC_ALL=C grep -aEq 'META-INF/[A-Za-z0-9_-]+\.(SF|RSA|DSA|EC)' "$jar"; then
    echo "FAIL: $(basename "$jar") is signed" >&2; exit 1
  fi
done
echo "ok: the launcher and the framework are unsigned"

# Without a usable Java the start script must explain itself, not fail obscurely: check it with
# no Java on the PATH at all, and with CIVITAS_JAVA naming a Java that is too old.
tools=$work/tools-without-java
mkdir -p "$tools"
for tool in dirname readlink sed ls sort tail uname; do ln -s "$(command -v "$tool")" "$tools/$tool"; done
printf '#!/bin/sh\necho "    java.specification.version = 11" >&2\n' >"$tools/old-java" && chmod +x "$tools/old-java"
for java_setting in "" "CIVITAS_JAVA=$tools/old-java"; do
  if output=$(env -i HOME="$work" PATH="$tools" $java_setting /bin/sh "$product/civitas" 2>&1); then
    echo "FAIL: the start script ran without a usable Java (${java_setting:-no Java at all})" >&2; exit 1
  fi
  case $output in
    "civitas: Java 17 or newer is needed"*) ;;
    *) echo "FAIL: unexpected message without a usable Java (${java_setting:-no Java at all}): $output" >&2; exit 1 ;;
  esac
done
echo "ok: without Java 17+ the start script says: ${output%%$'\n'*}"

now_ms() { date +%s%3N; }

start_once() {
  local run=$1 workspace=$work/workspace-$1 started pid window elapsed
  started=$(now_ms)
  "$product/civitas" -data "$workspace" >"$work/console-$run.log" 2>&1 &
  pid=$!
  window=""
  splash=""
  while [ -z "$window" ]; do
    # The launcher's splash screen is the one 460x300 window before the workbench's.
    if [ -z "$splash" ]; then
      geometries=$(xdotool search --onlyvisible --name '.*' 2>/dev/null | while read -r id; do
        xdotool getwindowgeometry "$id" 2>/dev/null; done || true)
      case $geometries in *"Geometry: 460x300"*) splash=$(( $(now_ms) - started )) ;; esac
    fi
    # The splash carries the product's name too: the workbench window is the one of another size.
    window=""
    for id in $(xdotool search --onlyvisible --name '^Civitas Portfolio Studio' 2>/dev/null || true); do
      case $(xdotool getwindowgeometry "$id" 2>/dev/null) in
        *"Geometry: 460x300"*) [ -n "$splash" ] || splash=$(( $(now_ms) - started )) ;;
        *) window=$id; break ;;
      esac
    done
    if [ -z "$window" ]; then
      if ! kill -0 "$pid" 2>/dev/null; then
        echo "FAIL: the product exited before showing its window:" >&2
        cat "$work/console-$run.log" "$workspace/.metadata/.log" >&2 2>/dev/null; exit 1
      fi
      if [ $(( $(now_ms) - started )) -gt $(( window_timeout_seconds * 1000 )) ]; then
        echo "FAIL: no workbench window after ${window_timeout_seconds}s" >&2; kill "$pid"; exit 1
      fi
      sleep 0.05
    fi
  done
  elapsed=$(( $(now_ms) - started ))

  # The example project is written by a background job right after start-up.
  local waited=0
  until [ -f "$workspace/Civitas Examples/README.md" ] \
    && [ -f "$workspace/Civitas Examples/federal-grants-portal.portfolio" ] \
    && [ -f "$workspace/Civitas Examples/state-email-consolidation.portfolio" ] \
    && [ -f "$workspace/Civitas Examples/state-recovery-center.portfolio" ]; do
    sleep 0.2; waited=$((waited + 1))
    if [ $waited -gt 150 ]; then echo "FAIL: no example project in the new workspace" >&2; kill "$pid"; exit 1; fi
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true

  local log=$workspace/.metadata/.log
  if [ -f "$log" ] && grep -q '^!ENTRY [^ ]* 4 ' "$log"; then
    echo "FAIL: errors in the workspace log $log:" >&2; cat "$log" >&2; exit 1
  fi
  if [ -z "$splash" ]; then
    echo "FAIL: no splash screen before the workbench window" >&2; exit 1
  fi
  echo "run $run: splash screen shown ${splash} ms, workbench window ${elapsed} ms after ./civitas; example project present; no errors logged"
  echo "$elapsed" >>"$work/times"
}

start_once 1

# The headless command line, through the same script, with no display at all.
example="$work/workspace-1/Civitas Examples/federal-grants-portal.portfolio"
if ! output=$(env -u DISPLAY -u WAYLAND_DISPLAY "$product/civitas" finance "$example" 2>&1); then
  echo "FAIL: civitas finance failed without a display: $output" >&2; exit 1
fi
case $output in
  *"Consolidated grants intake"*"NPV"*) echo "ok: civitas finance runs without a display" ;;
  *) echo "FAIL: civitas finance printed no business case: $output" >&2; exit 1 ;;
esac
set +e
output=$(env -u DISPLAY -u WAYLAND_DISPLAY "$product/civitas" info "$work/absent.portfolio" 2>&1)
status=$?
set -e
if [ "$status" -ne 1 ] || [ "$(printf '%s\n' "$output" | wc -l)" -ne 1 ]; then
  echo "FAIL: a missing file should give exit code 1 and one line, got $status: $output" >&2; exit 1
fi
echo "ok: a missing file gives exit code 1 and one line: $output"
# The command line knows its commands, its version and its help, without a display.
headless() { env -u DISPLAY -u WAYLAND_DISPLAY "$product/civitas" "$@"; }
expect_status() {  # expected status, what it is about, then the command; prints what it printed
  local expected=$1 about=$2 status
  shift 2
  set +e
  output=$("$@" 2>&1)
  status=$?
  set -e
  if [ "$status" -ne "$expected" ]; then
    echo "FAIL: $about: exit code $status, not $expected: $output" >&2; exit 1
  fi
}
for spelling in --version -version; do
  expect_status 0 "civitas $spelling" headless "$spelling"
  case $output in
    "Civitas Portfolio Studio "*"(built "*) ;;
    *) echo "FAIL: civitas $spelling printed: $output" >&2; exit 1 ;;
  esac
done
echo "ok: civitas --version says: ${output%%$'\n'*}"
expect_status 2 "a misspelt command" headless valdate x.portfolio
case $output in
  *"unknown command 'valdate'; did you mean 'validate'?"*) echo "ok: a misspelt command is named: $output" ;;
  *) echo "FAIL: a misspelt command gave: $output" >&2; exit 1 ;;
esac
expect_status 2 "civitas without a command or a display" headless
case $output in
  *"no display to open the workbench on"*"Commands:"*) echo "ok: without a display, civitas lists its commands" ;;
  *) echo "FAIL: civitas without a display printed: $output" >&2; exit 1 ;;
esac

# Out of memory is an error with what to do, never a success.
CIVITAS_VM_ARGS="-Xms64m -Xmx96m" expect_status 1 "out of memory" headless generate --elements 3000000 "$work/huge.portfolio"
case $output in
  "civitas: out of memory"*"CIVITAS_VM_ARGS=-Xmx"*) echo "ok: out of memory exits 1: $output" ;;
  *) echo "FAIL: out of memory printed: $output" >&2; exit 1 ;;
esac

# A CI job's SARIF report, checked with Microsoft's SARIF multitool: no error, warning or note.
checkout=$work/checkout
mkdir -p "$checkout/models"
cp "$example" "$checkout/models/"
(cd "$checkout" && expect_status 3 "validation with findings" headless validate models/federal-grants-portal.portfolio \
  --format sarif --output report.sarif --fail-on warning)
multitool=$(sarif_multitool)
if ! verdict=$("$multitool" validate "$checkout/report.sarif" 2>&1); then
  echo "FAIL: the SARIF multitool could not check the report: $verdict" >&2; exit 1
fi
if printf '%s\n' "$verdict" | grep -Eq ': (error|warning|note) [A-Z]+[0-9]+'; then
  echo "FAIL: the SARIF multitool finds fault with the report:" >&2
  printf '%s\n' "$verdict" | grep -E ': (error|warning|note) [A-Z]+[0-9]+' >&2; exit 1
fi
echo "ok: the SARIF report of a CI job passes the SARIF multitool without an error, warning or note"

# Later starts find what the first start and the commands above left behind, as a user's next
# session does: the workbench's class-data archive (written as the first start ended) and the
# extension registry's cache (written by any clean exit, such as a command's).
first=$(head -n 1 "$work/times")
for run in $(seq 2 "$runs"); do
  start_once "$run"
done
echo "start-up to window, first start after unpacking: ${first} ms (builds the OSGi and registry caches, writes the class-data archive)"
if [ "$runs" -gt 1 ]; then
  median=$(tail -n +2 "$work/times" | sort -n | awk '{ t[NR] = $1 } END { print (NR % 2) ? t[(NR + 1) / 2] : int((t[NR / 2] + t[NR / 2 + 1]) / 2) }')
  echo "start-up to window, later starts, median of $((runs - 1)): ${median} ms"
fi
