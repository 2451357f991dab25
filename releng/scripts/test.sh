#!/usr/bin/env bash
# Runs every test of Civitas Portfolio Studio: the build with all bundle tests (unit tests and
# UI tests on a virtual X server; the board pack in headless Chromium), then a start of the built
# product from its archive, team work on Git with the product as merge and diff driver, and the
# example plug-in built against the update site, installed into the product and uninstalled
# (headless, then through Install New Software and Installation Details in the workbench),
# and the API baseline failing a build that breaks an API package's promise.
# As root it installs missing system packages (Xvfb, GTK...); otherwise it names them.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$CIVITAS_ROOT"

require_packages "${GUI_PACKAGES[@]}" "${HEADLESS_GUI_PACKAGES[@]}" "${BROWSER_PACKAGES[@]}" "${VCS_PACKAGES[@]}"

# One virtual X server for both steps: starting a second one right after the first has shut
# down can race with the old server's exit and leave GTK without a display.
xvfb-run -a -s "-screen 0 1280x1024x24" bash -c './mvnw -B verify "$@" && ./releng/scripts/product-start.sh 1 && ./releng/scripts/product-git.sh && ./releng/scripts/product-plugins.sh && ./releng/scripts/product-install-ui.sh && ./releng/scripts/api-baseline-check.sh' test.sh "$@"
