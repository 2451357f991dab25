#!/usr/bin/env bash
# Builds Civitas Portfolio Studio when its sources changed since the last build, unpacks the
# product into target/civitas and starts it. The workspace is ~/civitas-workspace unless
# -data <folder> is given; a new workspace receives the example project on first start.
# Any argument is passed on to the product's start script.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$CIVITAS_ROOT"

require_packages "${GUI_PACKAGES[@]}"

archive=$(product_archive)
if [ -z "$archive" ] || [ -n "$(git ls-files -z --cached --others --exclude-standard 2>/dev/null | xargs -0 find 2>/dev/null -newer "$archive" -type f -print -quit)" ]; then
  echo "Building the product: a few minutes the first time (tests skipped; ./releng/scripts/test.sh runs them)..."
  ./mvnw -B -q verify -DskipTests
  archive=$(product_archive)
fi

installed=$CIVITAS_ROOT/target/civitas
if [ ! -x "$installed/civitas/civitas" ] || [ "$archive" -nt "$installed/civitas/civitas" ]; then
  unpack_product "$installed" >/dev/null
  touch "$installed/civitas/civitas"
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display (DISPLAY is not set). To try Civitas without a screen: xvfb-run -a $0" >&2
  exit 1
fi
exec "$installed/civitas/civitas" "$@"
