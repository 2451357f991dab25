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

cp "$CIVITAS_ROOT/examples/org.civitas.examples/projects/civitas-examples/state-email-consolidation.portfolio" "$work/"
model=$work/state-email-consolidation.portfolio
"$civitas" rules >"$work/rules"
grep -q "EXA-001  Running services have a service owner" "$work/rules" || fail "civitas rules does not list EXA-001"
grep -q "EXA-002  Retired services have no agencies on them" "$work/rules" || fail "civitas rules does not list EXA-002"
status=0; "$civitas" validate "$model" >"$work/validation" 2>"$work/validation-summary" || status=$?
[ "$status" -eq 3 ] || fail "civitas validate exited with $status, not 3 (errors found)"
grep -q "Service Agency mail servers is sunsetting but has no service owner" "$work/validation" \
  || fail "the example's rule EXA-001 did not report the unowned service: $(cat "$work/validation")"
ok "the example's rules are listed and report on the example portfolio"

"$civitas" viewpoints | grep -q "service-ownership	Service ownership, on Portfolio" || fail "civitas viewpoints does not list service-ownership"
"$civitas" viewpoints "$example/org.example.civitas.design/description/ownership.viewpoint" >"$work/out" \
  || fail "the example's viewpoint does not check: $(cat "$work/out")"
"$civitas" diagrams "$model" --create --kind service-ownership | grep -q "^created Service ownership: " \
  || fail "civitas diagrams --create --kind service-ownership made no diagram"
"$civitas" export "$work/state-email-consolidation.service-ownership.diagram" --format svg --output "$work/svg" \
  | grep -q "Service ownership, 6 nodes, 2 edges" || fail "the service-ownership diagram did not export with 6 nodes and 2 edges"
ok "the example's diagram kind is listed, its diagram created and exported"

"$civitas" report "$model" --sections service-ownership --output "$work/pack.html" | grep -q "1 sections" \
  || fail "civitas report --sections service-ownership wrote no section"
grep -q 'id="section-service-ownership"' "$work/pack.html" || fail "the board pack has no service-ownership section"
grep -q "1 running, reported by EXA-001" "$work/pack.html" || fail "the service-ownership section does not count the unowned running service"
ok "the example's board-pack section is in the pack"

touch "$work/services.txt"
status=0; "$civitas" import "$work/services.txt" --into "$model" 2>"$work/err" || status=$?
[ "$status" -eq 2 ] || fail "importing a .txt file exited with $status, not 2"
grep -q ".json (CMDB service listing (JSON))" "$work/err" || fail "civitas import does not name the example's format: $(cat "$work/err")"
"$civitas" import "$example/samples/cmdb.json" --into "$model" \
  | grep -q 'list "services" into Services: 1 created, 2 updated, 1 unchanged, 0 refused' \
  || fail "the CMDB listing did not import as expected"
"$civitas" validate "$model" >"$work/validation" 2>"$work/validation-summary" || true
grep -q "Corrections and Rehabilitation has a live subscription to Agency mail servers, which is retired" "$work/validation" \
  || fail "EXA-002 did not report the imported retirement: $(cat "$work/validation")"
grep -q "Service Secure file transfer is operational but has no service owner" "$work/validation" \
  || fail "EXA-001 did not report the imported service"
printf '{ "services": [\n  { "id": "fax", "name": "Fax gateway", }\n] }\n' >"$work/broken.json"
cp "$model" "$work/before-broken-import"
status=0; "$civitas" import "$work/broken.json" --into "$model" 2>"$work/err" || status=$?
[ "$status" -eq 1 ] || fail "importing broken JSON exited with $status, not 1"
grep -q 'broken.json.*not valid JSON: Expected name at line 2 column 42 path \$.services\[0\].name' "$work/err" \
  || fail "broken JSON was not reported with its file and place: $(cat "$work/err")"
cmp -s "$model" "$work/before-broken-import" || fail "a refused import changed the model"
ok "the example's CMDB format imports, and broken JSON is refused with its file and place, the model unchanged"

"$civitas" uninstall org.example.civitas.feature | grep -q "^uninstalled org.example.civitas.feature 1.0.0" \
  || fail "uninstall did not say so"
installed_bundles | cmp -s - "$work/bundles-before" || fail "after uninstalling, the installed bundles are not those of before: $(installed_bundles | diff - "$work/bundles-before")"
"$civitas" plugins 2>&1 | grep -q "No plug-ins are installed." || fail "the uninstalled plug-in is still listed"

! "$civitas" rules | grep -q "EXA-00" || fail "the uninstalled rules are still listed"
! "$civitas" viewpoints | grep -q service-ownership || fail "the uninstalled diagram kind is still listed"
status=0; "$civitas" report "$model" --sections service-ownership --output "$work/gone.html" 2>"$work/err" || status=$?
[ "$status" -eq 2 ] && grep -q "no such section" "$work/err" || fail "the uninstalled section still reports ($status): $(cat "$work/err")"
status=0; "$civitas" import "$example/samples/cmdb.json" --into "$model" 2>"$work/err" || status=$?
[ "$status" -eq 2 ] && grep -q "no format reads this file" "$work/err" || fail "the uninstalled format still imports ($status): $(cat "$work/err")"
ok "civitas uninstall removed the example: its rules, diagram kind, section and format are gone"
