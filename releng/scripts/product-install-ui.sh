#!/usr/bin/env bash
# Install New Software, in the real product, as a user does it: the product unpacked, started
# with the scripted session of tests/org.civitas.testing.product (added for this run only,
# never part of the product), which installs the example plug-in from its local update site
# through Help > Install New Software, trusts the unsigned content and answers Restart Now; the
# start script starts the workbench again, and the session checks Installation Details and
# opens a diagram of the plug-in's kind; then it uninstalls the plug-in from Installation
# Details, restarts, and checks that it is gone. Screenshots of each stage stay in
# target/product-install-ui to look at.
# Usage: product-install-ui.sh   (needs the build, the example's site from product-plugins.sh,
# and a display)            Exits non-zero, with a FAIL line, when a check fails.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

site=$CIVITAS_ROOT/examples/org.example.civitas/org.example.civitas.repository/target/repository
[ -f "$site/content.jar" ] || fail "no example update site at $site; product-plugins.sh builds it"
session=$CIVITAS_ROOT/target/product-install-ui
rm -rf "$session" && mkdir -p "$session"
jar_of() { ls "$CIVITAS_ROOT/tests/$1/target/$1"-*.jar 2>/dev/null | grep -v sources | head -n 1; }
harness=$(jar_of org.civitas.testing.ui)
driver=$(jar_of org.civitas.testing.product)
[ -n "$harness" ] && [ -n "$driver" ] || fail "the session driver is not built; build with ./mvnw -B verify"

product=$(unpack_product "$work/install")
# The framework installs what osgi.bundles names before the product's own bundles, and p2
# leaves such bundles alone: the driver survives the installation and the restart.
configurator=$(ls "$product"/plugins/org.eclipse.equinox.simpleconfigurator_*.jar)
bundles="reference:file:$configurator@1:start,reference:file:$harness@4:start,reference:file:$driver@4:start"
export CIVITAS_VM_ARGS="-Dosgi.bundles=$bundles -Dcivitas.productSession=$session -Dcivitas.productSession.site=file:$site"
status=0
timeout 420 "$product/civitas" -data "$work/workspace" -nosplash >"$work/product.log" 2>&1 || status=$?
log=$session/session.log
[ -f "$log" ] || fail "the scripted session did not start (exit $status): $(tail -n 20 "$work/product.log")"
if ! grep -q '^PASS$' "$log"; then
  cat "$log" >&2
  tail -n 30 "$work/product.log" >&2
  fail "Install New Software in the product (exit $status); screenshots in $session"
fi
[ "$(grep -c '^restarted$' "$log")" -eq 2 ] || fail "the workbench did not restart after installing and uninstalling"
[ "$status" -eq 0 ] || fail "the product exited with $status after the session"
sed 's/^/  /' "$log" | grep -v '^  PASS$'
echo "ok: Install New Software installed the example from its local site, the workbench restarted with it, Installation Details lists it and its diagram opens; uninstalled there, it is gone after the restart (screenshots in $session)"
