#!/usr/bin/env bash
# A toolsmith's plug-in, the way one reaches a user: the example plug-in
# (examples/org.example.civitas) built with its own command against the just-built Civitas
# update site, installed headless into the unpacked product with `civitas install`, seen
# working on an example portfolio (rules, diagram kind, board-pack section, importer), then
# uninstalled and seen gone. Refused installs (no site, unknown feature, unmet requirement,
# the product's own feature) change nothing.
# Usage: product-plugins.sh      Exits non-zero, with a FAIL line, when a check fails.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }

civitas_site=$CIVITAS_ROOT/releng/org.civitas.repository/target/repository
[ -f "$civitas_site/content.jar" ] || fail "no Civitas update site at $civitas_site; build Civitas first (./mvnw -B verify)"
example=$CIVITAS_ROOT/examples/org.example.civitas
(cd "$example" && ./mvnw -B -q verify "-Dcivitas.site=file:$civitas_site") >"$work/example-build.log" 2>&1 \
  || { tail -n 40 "$work/example-build.log"; fail "the example plug-in did not build against the Civitas update site"; }
site=$example/org.example.civitas.repository/target/repository
[ -f "$site/content.jar" ] || fail "the example's build made no update site at $site"
ok "the example plug-in built against the Civitas update site, its tests passing"

product=$(unpack_product "$work/install")
civitas=$product/civitas
bundles_info=$product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info
installed_bundles() { sort "$bundles_info" | grep -v '^#'; }
installed_bundles >"$work/bundles-before"

# Runs civitas expecting it to be refused (exit code 1) with a message matching $1; nothing may change.
refused() {  # pattern civitas-arguments...
  local pattern=$1 status=0
  shift
  "$civitas" "$@" >"$work/out" 2>"$work/err" || status=$?
  [ "$status" -eq 1 ] || fail "civitas $* exited with $status, not 1: $(cat "$work/out" "$work/err")"
  grep -q -- "$pattern" "$work/err" || fail "civitas $* did not say '$pattern': $(cat "$work/err")"
  installed_bundles | cmp -s - "$work/bundles-before" || fail "the refused civitas $* changed the installed bundles"
}

"$civitas" plugins 2>&1 | grep -q "No plug-ins are installed." || fail "a fresh product lists plug-ins: $("$civitas" plugins 2>&1)"
refused "No update site at $work/none: no such folder or file" install "$work/none" org.example.civitas.feature
refused "No update site at file://$work/" install "$work" org.example.civitas.feature
refused "does not have org.example.nothing. Its features: org.example.civitas.feature." install "$site" org.example.nothing
refused "Missing requirement: .*org.civitas.validation \[2.0.0,3.0.0)" \
  install "$CIVITAS_ROOT/releng/scripts/fixtures/site-needing-civitas-2" org.example.future.feature
refused "org.civitas.feature is part of Civitas Portfolio Studio itself" uninstall org.civitas.feature
refused "Not installed: org.example.civitas.feature. No plug-ins are installed." uninstall org.example.civitas.feature
ok "refused installs and uninstalls say why and change nothing"

"$civitas" install "$site" org.example.civitas.feature >"$work/out" || fail "install: $(cat "$work/out")"
grep -q "^installed org.example.civitas.feature 1.0.0" "$work/out" || fail "install said: $(cat "$work/out")"
"$civitas" plugins | grep -q "^org.example.civitas.feature	1.0.0" || fail "civitas plugins: $("$civitas" plugins 2>&1)"
"$civitas" install "$site" org.example.civitas.feature | grep -q "installed already" || fail "a second install was not a no-op"
grep -q "^org.example.civitas" "$bundles_info" || fail "no example bundle in bundles.info after the install"
ok "civitas install installed the example; civitas plugins lists it; installing again changes nothing"

EXAMPLE_CHECKS

"$civitas" uninstall org.example.civitas.feature | grep -q "^uninstalled org.example.civitas.feature 1.0.0" \
  || fail "uninstall did not say so"
installed_bundles | cmp -s - "$work/bundles-before" || fail "after uninstalling, the installed bundles are not those of before: $(installed_bundles | diff - "$work/bundles-before")"
"$civitas" plugins 2>&1 | grep -q "No plug-ins are installed." || fail "the uninstalled plug-in is still listed"

EXAMPLE_GONE_CHECKS
ok "civitas uninstall removed the example: its rules, diagram kind, section and format are gone"
