#!/usr/bin/env bash
# Times civitas merge and civitas diff on a generated 100,000-element portfolio and two versions
# of it with 1,000 changes each from the common base (600 values set, 150 risks added, 150
# subscriptions deleted, 100 cost entries moved to another statement; 20 of the values set on
# both sides differently, so 20 conflicts), the way Git runs the driver: one process per merge.
# Beside them, what a merge cannot go below: one read of the file (civitas info), and Git's own
# text merge of the same three files (git merge-file), which is fast and knows nothing of models.
# Usage: merge-benchmark.sh [RUNS] [ELEMENTS]  (defaults 5 and 100000); needs python3 and git.
# With KEEP=1 the work folder (the product and the three versions) stays, for paired timings.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
runs=${1:-5}
elements=${2:-100000}

work=$(mktemp -d)
if [ "${KEEP:-}" = 1 ]; then echo "work folder: $work"; else trap 'rm -rf "$work"' EXIT; fi
civitas=$(unpack_product "$work/install")/civitas
cd "$work"
"$civitas" generate --elements "$elements" --seed 1 base.portfolio >/dev/null

python3 - base.portfolio <<'PYTHON'
import random, sys
import xml.etree.ElementTree as ET

XMI = "http://www.omg.org/XMI"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
PORTFOLIO = "http://civitas.org/portfolio/1.0"
for prefix, uri in (("xmi", XMI), ("xsi", XSI), ("portfolio", PORTFOLIO)):
    ET.register_namespace(prefix, uri)

def side(name, seed, shared):
    tree = ET.parse(sys.argv[1])
    root = tree.getroot()
    rnd = random.Random(seed)
    named = [e for e in root.iter() if e.get("name") is not None and e is not root]
    for element in shared:
        next(e for e in named if e.get("id") == element).set("name", "Renamed by " + name)
    for element in rnd.sample(named, 600 - len(shared)):
        element.set("name", element.get("name") + " (" + name + ")")
    for i in range(150):
        ET.SubElement(root, "risks", {"id": name + "-risk-" + str(i), "name": "Risk " + str(i) + " of " + name,
                                      "likelihood": "3", "impact": "3"})
    for subscription in rnd.sample(root.findall("subscriptions"), 150):
        root.remove(subscription)
    statements = root.findall("costStatements")
    for _ in range(100):
        source = rnd.choice([s for s in statements if len(s.findall("entries")) > 0])
        entry = rnd.choice(source.findall("entries"))
        source.remove(entry)
        rnd.choice([s for s in statements if s is not source]).append(entry)
    tree.write(name + ".portfolio", encoding="UTF-8", xml_declaration=True)

base = ET.parse(sys.argv[1]).getroot()
shared = [e.get("id") for e in random.Random(0).sample(
    [e for e in base.findall("services")], 20)]
side("ours", 1, shared)
side("theirs", 2, shared)
PYTHON

measure() {  # label command...: the median wall time and the largest peak memory of RUNS runs
  local label=$1; shift
  local times=() peak=0 line seconds kilobytes
  for _ in $(seq "$runs"); do
    cp ours.portfolio merged.portfolio
    # A merge with conflicts exits with 4: timed all the same.
    /usr/bin/time -o time.txt -f "%e %M" "$@" >/dev/null 2>&1 || true
    line=$(tail -n 1 time.txt)
    seconds=${line% *}; kilobytes=${line#* }
    times+=("$seconds")
    if [ "$kilobytes" -gt "$peak" ]; then peak=$kilobytes; fi
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  printf '%-60s median %6.2f s  peak %5d MB  (runs: %s)\n' "$label" "$median" $((peak / 1024)) "${times[*]}"
}

echo "$elements elements; $(du -h base.portfolio | cut -f1) per version; $runs runs each"
measure "civitas merge base merged theirs (1,000 changes each side)" "$civitas" merge base.portfolio merged.portfolio theirs.portfolio
cp ours.portfolio merged.portfolio
"$civitas" merge base.portfolio merged.portfolio theirs.portfolio | grep -v '^  ' || true
measure "civitas diff base ours (1,000 changes)" "$civitas" diff base.portfolio ours.portfolio
measure "baseline: civitas info base (one read)" "$civitas" info base.portfolio
measure "baseline: git merge-file (text, no model)" git merge-file -q merged.portfolio base.portfolio theirs.portfolio
