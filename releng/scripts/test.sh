#!/usr/bin/env bash
# Runs every test of Civitas Portfolio Studio: the build with all bundle tests (unit tests and
# UI tests on a virtual X server), then a start of the built product from its archive.
# As root it installs missing system packages (Xvfb, GTK...); otherwise it names them.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$CIVITAS_ROOT"

require_packages "${GUI_PACKAGES[@]}" "${HEADLESS_GUI_PACKAGES[@]}"

xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B verify "$@"
./releng/scripts/product-start.sh 1
