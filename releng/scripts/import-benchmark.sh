#!/usr/bin/env bash
# Times the spreadsheet interchange of the built product end to end, Java start included, as
# docs/measurements.md reports it:
#   1. import of 10,000 rows (1,000 services and 9,000 subscriptions, plus the 50 agencies they
#      name) into a new model: from CSV files with references by name, as a team keeps them, and
#      from the workbook Civitas exports of the result, references by ID;
#   2. export of a generated 100,000-element portfolio to an Excel workbook (time and peak
#      memory of the whole process);
#   3. import of that workbook into a new model;
#   and, as the baseline for 1 and 3, a bare streaming pass of POI over the same workbooks
#   (every cell read as text, nothing else), also with Java start.
# Usage: import-benchmark.sh [runs]   (default 5; each figure is the median of the runs)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
product=$(unpack_product "$work/install")
civitas=$product/civitas

# The 10,000-row catalogue, as a team keeps it: references by name, values as people read them.
lines=("Services and Subscriptions" "IT infrastructure" "Applications" "Human resources" "Payroll" "Finance" "Procurement" "Grants")
mkdir -p "$work/catalogue"
{
  echo "Name,Jurisdiction Level,Employees"
  for a in $(seq 1 50); do echo "Agency $a,State,$((a * 100))"; done
} > "$work/catalogue/Agencies.csv"
{
  echo "Name,Service Line,Lifecycle,Provider,Critical"
  for s in $(seq 1 1000); do
    echo "Service $s,${lines[$((s % 7 + 1))]},Operational,Agency $((s % 50 + 1)),$([ $((s % 5)) -eq 0 ] && echo TRUE || echo FALSE)"
  done
} > "$work/catalogue/Services.csv"
{
  echo "Consumer,Service,Status,Volume,Planned Date"
  for i in $(seq 0 8999); do
    echo "Agency $((i % 50 + 1)),Service $((i / 9 + 1)),Live,$((i % 400 + 10)),2026-$(printf %02d $((i % 12 + 1)))-01"
  done
} > "$work/catalogue/Subscriptions.csv"
# The same rows in a workbook: imported from the CSV files once, references then by name again.
"$civitas" import "$work/catalogue" --into "$work/catalogue.portfolio" > /dev/null
"$civitas" export "$work/catalogue.portfolio" --format xlsx --output "$work" > /dev/null

# A bare streaming pass of POI over a workbook: the least any reader of it must do.
mkdir -p "$work/bare"
cat > "$work/bare/BarePass.java" <<'JAVA'
import java.io.InputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

public class BarePass {
  public static void main(String[] args) throws Exception {
    long[] cells = new long[1];
    try (OPCPackage workbook = OPCPackage.open(args[0], PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(workbook);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          XMLReader parser = XMLHelper.newXMLReader();
          parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
              new XSSFSheetXMLHandler.SheetContentsHandler() {
                public void startRow(int row) { }
                public void endRow(int row) { }
                public void cell(String reference, String value, XSSFComment comment) { cells[0]++; }
              }, new DataFormatter(), false));
          parser.parse(new InputSource(sheet));
        }
      }
    }
    System.out.println(cells[0] + " cells");
  }
}
JAVA
# POI and XMLBeans are inside the spreadsheet bundle; the libraries they use are bundles of their own.
unzip -q -o "$product"/plugins/org.civitas.interchange.spreadsheet_*.jar 'lib/*' -d "$work/bare"
classpath=$(find "$work/bare/lib" -name '*.jar' | tr '\n' ':')
for library in org.apache.commons.commons-io org.apache.commons.commons-compress org.apache.commons.commons-collections4 \
  org.apache.commons.commons-codec org.apache.commons.math3 org.apache.logging.log4j.api org.apache.commons.lang3; do
  classpath=$classpath$(find "$product/plugins" -maxdepth 1 -name "${library}_*.jar" | head -1):
done
javac -nowarn -d "$work/bare" -cp "$classpath" "$work/bare/BarePass.java" 2>/dev/null
bare=(java -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory
  -Dorg.apache.logging.log4j.simplelog.level=OFF -cp "$work/bare:$classpath" BarePass)

# Runs a command $runs times; prints the median wall time and the largest peak memory.
measure() {
  local label=$1 times=() peaks=() output
  shift
  for _ in $(seq 1 "$runs"); do
    if ! /usr/bin/time -o "$work/time" -f "%e %M" "$@" > /dev/null 2> "$work/stderr"; then
      echo "failed: $label" >&2 && cat "$work/stderr" >&2 && return 1
    fi
    output=$(tail -1 "$work/time")
    times+=("${output% *}")
    peaks+=("${output#* }")
  done
  local median peak
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  peak=$(printf '%s\n' "${peaks[@]}" | sort -n | tail -1)
  printf '%-72s %6.2f s   peak %5d MB\n' "$label" "$median" "$((peak / 1024))"
}

echo "Median of $runs runs each, Java start included ($(nproc) cores):"
measure "import 10,000 rows (xlsx as exported, references by ID) into a new model" \
  bash -c "rm -f '$work/new.portfolio'; '$civitas' import '$work/catalogue.xlsx' --into '$work/new.portfolio'"
measure "import 10,000 rows (CSV files, references by name) into a new model" \
  bash -c "rm -f '$work/new.portfolio'; '$civitas' import '$work/catalogue' --into '$work/new.portfolio'"
measure "  baseline: bare POI streaming pass over the 10,000-row workbook" "${bare[@]}" "$work/catalogue.xlsx"

"$civitas" generate --elements 100000 "$work/large.portfolio" > /dev/null
measure "export a 100,000-element portfolio to xlsx" \
  "$civitas" export "$work/large.portfolio" --format xlsx --output "$work"
measure "import that workbook into a new model" \
  bash -c "rm -f '$work/large-copy.portfolio'; '$civitas' import '$work/large.xlsx' --into '$work/large-copy.portfolio'"
measure "  baseline: bare POI streaming pass over the 100,000-element workbook" "${bare[@]}" "$work/large.xlsx"
echo "large.xlsx: $(ls -l "$work/large.xlsx" | awk '{print $5}') bytes, $(unzip -l "$work/large.xlsx" | tail -1 | awk '{print $1}') uncompressed"
