#!/usr/bin/env bash
# Team work on Git with the built product, the way a team does it: a repository set up with
# `civitas git-setup`, two branches with concurrent edits to one portfolio and its diagram, and
# `git merge` running Civitas as merge driver.
#   - a clean merge commits both sides' edits, in the portfolio and in the diagram;
#   - a conflicting merge stops; `civitas conflicts` lists exactly the planted conflict; the
#     model loads meanwhile (no conflict markers); `civitas resolve` settles it and the merge
#     commits;
#   - `git diff` and `git log -p` show semantic changes through the diff driver.
# Usage: product-git.sh      Exits non-zero, with a FAIL line, when a check fails.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
require_packages "${VCS_PACKAGES[@]}"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
product=$(unpack_product "$work/install")
civitas=$product/civitas
examples=$CIVITAS_ROOT/examples/org.civitas.examples/projects/civitas-examples

fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }
# Edits a file with a sed expression (0,/x/s//y/ for the first match only); fails when nothing matched.
edit() {  # file sed-expression
  local before
  before=$(cat "$1")
  sed -i "$2" "$1"
  [ "$before" != "$(cat "$1")" ] || fail "the test's edit $2 matched nothing in $1"
}

repo=$work/team
mkdir -p "$repo" && cd "$repo"
git init -q -b main
git config user.name "Civitas test" && git config user.email "test@civitas.invalid"
cp "$examples/state-email-consolidation.portfolio" state.portfolio
sed 's/model="state-email-consolidation.portfolio"/model="state.portfolio"/' \
  "$examples/state-email-consolidation.dependencies.diagram" >state.dependencies.diagram
"$civitas" git-setup . >/dev/null
"$civitas" git-setup . | grep -q "has the Civitas lines already" || fail "git-setup is not idempotent"
[ "$(grep -c 'merge=civitas' .gitattributes)" -eq 2 ] || fail ".gitattributes: $(cat .gitattributes)"
git config merge.civitas.driver | grep -q "^$civitas merge %O %A %B --path %P$" \
  || fail "merge driver: $(git config merge.civitas.driver)"
git add -A && git commit -q -m "Base"
ok "git-setup wrote .gitattributes and the drivers once"

# Clean: one side changes a service and moves a node, the other a risk and another node.
git checkout -q -b lifecycle
edit state.portfolio 's/lifecycle="SCALING"/lifecycle="OPERATIONAL"/'
edit state.dependencies.diagram 's/ x="261.0"/ x="300.0"/'
git commit -q -am "E-mail is operational"
git checkout -q main
edit state.portfolio 's/likelihood="2" impact="4"/likelihood="4" impact="4"/'
edit state.dependencies.diagram 's/height="36.0"\/>/height="48.0"\/>/'
git commit -q -am "Vendor risk is likelier"
git merge -q --no-edit lifecycle >"$work/merge.log" 2>&1 || { cat "$work/merge.log"; fail "the clean merge stopped"; }
[ "$(git log -1 --format=%P | wc -w)" -eq 2 ] || fail "no merge commit"
grep -q 'lifecycle="OPERATIONAL"' state.portfolio || fail "the merge lost the lifecycle"
grep -q 'likelihood="4"' state.portfolio || fail "the merge lost the likelihood"
grep -q 'x="300.0"' state.dependencies.diagram || fail "the merge lost the node's move"
grep -q 'height="48.0"' state.dependencies.diagram || fail "the merge lost the node's size"
git status --porcelain | grep -q . && fail "the clean merge left changes: $(git status --porcelain)"
ok "a clean merge committed both sides' edits of the portfolio and the diagram"

# Diff driver: git diff and git log -p show what changed, element by element.
git diff HEAD~1 HEAD -- state.portfolio | grep -q '~ Shared Service "Hosted e-mail and calendar": Lifecycle: Scaling → Operational' \
  || fail "git diff: $(git diff HEAD~1 HEAD -- state.portfolio)"
git log -p --ext-diff -1 --first-parent -m -- state.portfolio | grep -q 'Lifecycle: Scaling → Operational' \
  || fail "git log -p --ext-diff shows no semantic change"
ok "git diff and git log -p show semantic changes"

# Conflict: both sides set the lifecycle, differently; theirs also renames a risk.
git checkout -q -b retire
edit state.portfolio '0,/lifecycle="OPERATIONAL"/s//lifecycle="RETIRED"/'
edit state.portfolio 's/name="Single vendor for a critical service"/name="Single vendor, reviewed"/'
git commit -q -am "Retire e-mail"
git checkout -q main
edit state.portfolio '0,/lifecycle="OPERATIONAL"/s//lifecycle="PILOT"/'
git commit -q -am "Back to pilot"
if git merge -q --no-edit retire >"$work/merge.log" 2>&1; then
  fail "a conflicting merge went through: $(cat "$work/merge.log")"
fi
grep -q "CONFLICT" "$work/merge.log" || fail "git does not report the conflict: $(cat "$work/merge.log")"
grep -q '^<<<<<<<' state.portfolio && fail "conflict markers in the model"
"$civitas" info state.portfolio >/dev/null || fail "the model does not load during the merge"
status=0
"$civitas" conflicts state.portfolio >"$work/conflicts.txt" || status=$?
[ "$status" -eq 4 ] || fail "civitas conflicts exited $status"
expected="  1. [email] Shared Service \"Hosted e-mail and calendar\": Lifecycle: base Operational, ours Pilot, theirs Retired"
[ "$(grep -c '^  [0-9]*\. ' "$work/conflicts.txt")" -eq 1 ] && grep -qxF "$expected" "$work/conflicts.txt" \
  || fail "civitas conflicts: $(cat "$work/conflicts.txt")"
grep -q 'name="Single vendor, reviewed"' state.portfolio || fail "theirs' other change is not in"
ok "a conflicting merge stops and civitas conflicts lists exactly the planted conflict"
"$civitas" resolve state.portfolio --take theirs >/dev/null
[ -e state.portfolio.conflicts ] && fail "the companion file outlived the last conflict"
[ "$(grep -c 'lifecycle="RETIRED"' state.portfolio)" -eq 1 ] || fail "resolve did not take theirs"
git add state.portfolio && git commit -q --no-edit
[ "$(git log -1 --format=%P | wc -w)" -eq 2 ] || fail "the merge did not complete"
git status --porcelain | grep -q . && fail "the resolved merge left changes: $(git status --porcelain)"
ok "civitas resolve settled it and the merge completed"
