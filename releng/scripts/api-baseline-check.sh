#!/usr/bin/env bash
# The API baseline keeps its promise: in a copy of the finance engine's build, a public method
# taken away from an API package fails the build, naming the package and the version it needs;
# the same change with the package's major version raised builds. (The build of the real
# bundles checks each of them against releng/api-baseline on every run.)
# Usage: api-baseline-check.sh      after a build, which leaves the target platform in ~/.m2.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }

# A reactor of one bundle: the root and bundles POMs with only the finance engine as module.
copy=$work/civitas
mkdir -p "$copy/bundles" "$copy/releng/org.civitas.target"
cp -r "$CIVITAS_ROOT/.mvn" "$CIVITAS_ROOT/mvnw" "$copy/"
cp "$CIVITAS_ROOT/releng/org.civitas.target/org.civitas.target.target" "$copy/releng/org.civitas.target/"
cp -r "$CIVITAS_ROOT/releng/api-baseline" "$copy/releng/"
cp -r "$CIVITAS_ROOT/bundles/org.civitas.finance" "$copy/bundles/"
rm -rf "$copy/bundles/org.civitas.finance/target"
sed '/<module>/{/<module>bundles<\/module>/!d}' "$CIVITAS_ROOT/pom.xml" >"$copy/pom.xml"
sed '/<module>/{/<module>org.civitas.finance<\/module>/!d}' "$CIVITAS_ROOT/bundles/pom.xml" >"$copy/bundles/pom.xml"

irr=$copy/bundles/org.civitas.finance/src/org/civitas/finance/InternalRateOfReturn.java
manifest=$copy/bundles/org.civitas.finance/META-INF/MANIFEST.MF
grep -q "public static IrrResult of(CashFlows flows)" "$irr" || fail "InternalRateOfReturn.of(CashFlows) is not where this check expects it"
grep -q 'org.civitas.finance;version="1.0.0"' "$manifest" || fail "org.civitas.finance is not exported at 1.0.0 as this check expects"

# An incompatible change: the method API users call is renamed, so the old one is gone.
sed -i 's/public static IrrResult of(CashFlows flows)/public static IrrResult ofFlows(CashFlows flows)/' "$irr"
grep -rl "InternalRateOfReturn\.of(" "$copy/bundles/org.civitas.finance/src" | xargs sed -i 's/InternalRateOfReturn\.of(/InternalRateOfReturn.ofFlows(/g'
status=0
(cd "$copy" && ./mvnw -B -o verify -DskipTests) >"$work/incompatible.log" 2>&1 || status=$?
[ "$status" -ne 0 ] || fail "the build passed with a method taken away from org.civitas.finance 1.0.0"
grep -q "Baseline problems found" "$work/incompatible.log" || { tail -n 40 "$work/incompatible.log"; fail "the build failed, but not on the API baseline"; }
grep -E "MAJOR.*PACKAGE.*org\.civitas\.finance .*1\.0\.0.*1\.0\.0.*2\.0\.0" "$work/incompatible.log" >/dev/null \
  || { grep -A30 "Delta" "$work/incompatible.log" | head -n 40; fail "the baseline report does not ask org.civitas.finance for 2.0.0"; }
ok "a method taken away from an API package fails the build, which asks for the package's next major version"

sed -i 's/org.civitas.finance;version="1.0.0"/org.civitas.finance;version="2.0.0"/' "$manifest"
(cd "$copy" && ./mvnw -B -o verify -DskipTests) >"$work/declared.log" 2>&1 \
  || { tail -n 40 "$work/declared.log"; fail "the incompatible change with the package at 2.0.0 did not build"; }
ok "the same change builds once the package's version says it (2.0.0)"
