#!/usr/bin/env bash
# How long a toolsmith waits from a copy of the example plug-in to a product that has it:
# the example's own build against the Civitas update site (its tests included), then
# `civitas install` into a freshly unpacked product. The install is paired with p2's own
# director application installing the same feature into another fresh copy of the product,
# the strongest baseline: the director is what `civitas install` runs underneath, here with the
# same Java options and class-data archive.
# Prints each run and the medians; it checks nothing (product-plugins.sh does).
# Usage: plugin-timing.sh [RUNS]   (default 3; needs Civitas built: ./mvnw -B verify)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

runs=${1:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
civitas_site=$CIVITAS_ROOT/releng/org.civitas.repository/target/repository
[ -f "$civitas_site/content.jar" ] || { echo "Build Civitas first: ./mvnw -B verify" >&2; exit 1; }

seconds() { awk -v start="$1" -v now="$(date +%s%N)" 'BEGIN { printf "%.1f", (now - start) / 1e9 }'; }

: >"$work/build" ; : >"$work/install" ; : >"$work/director"
for run in $(seq 1 "$runs"); do
  copy=$work/example-$run
  # A toolsmith's copy: the example's sources, nothing built.
  cp -r "$CIVITAS_ROOT/examples/org.example.civitas" "$copy"
  find "$copy" -name target -type d -prune -exec rm -rf {} +
  start=$(date +%s%N)
  (cd "$copy" && ./mvnw -B -q verify "-Dcivitas.site=file:$civitas_site") >"$work/build.log" 2>&1 \
    || { tail -n 30 "$work/build.log"; exit 1; }
  build=$(seconds "$start")
  site=$copy/org.example.civitas.repository/target/repository

  product=$(unpack_product "$work/with-civitas-install")
  # Started once before, as a user's product has been: the first start also writes the
  # class-data archive that later starts map.
  "$product/civitas" --version >/dev/null
  start=$(date +%s%N)
  "$product/civitas" install "$site" org.example.civitas.feature >/dev/null
  install=$(seconds "$start")

  product=$(unpack_product "$work/with-director")
  launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar)
  # The director gets the same head start: Java options as the civitas commands, and their
  # class-data archive.
  "$product/civitas" --version >/dev/null
  archive=$(ls "$product"/configuration/cds/commands-*.jsa)
  start=$(date +%s%N)
  java -Xms256m -Xmx2g -XX:+UseSerialGC "-XX:SharedArchiveFile=$archive" -Xlog:cds=off \
    -Dslf4j.internal.verbosity=ERROR -jar "$launcher" -application org.eclipse.equinox.p2.director \
    -data @none -nosplash -repository "file:$site" -installIU org.example.civitas.feature.feature.group \
    -destination "$product" -profile CivitasProfile >/dev/null
  director=$(seconds "$start")

  echo "run $run: example build ${build} s; civitas install ${install} s; p2 director alone ${director} s"
  echo "$build" >>"$work/build"; echo "$install" >>"$work/install"; echo "$director" >>"$work/director"
done
echo "median of $runs: example build $(median <"$work/build") s; civitas install $(median <"$work/install") s;" \
  "p2 director alone $(median <"$work/director") s"
