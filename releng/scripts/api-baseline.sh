#!/usr/bin/env bash
# Renews the API baseline (releng/api-baseline) from the bundles just built: run it when a
# release is made, so that from then on the build compares every API package with that
# release and fails on an incompatible change its version does not say (tycho-baseline-plugin,
# configured in bundles/pom.xml). The baseline holds each API bundle's manifest and the classes
# of its API packages (ApiBaselineJars.java), published as a p2 repository.
# Usage: ./mvnw -B install -DskipTests && releng/scripts/api-baseline.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$CIVITAS_ROOT"

baseline=$CIVITAS_ROOT/releng/api-baseline
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

jars=()
for jar in bundles/*/target/*-SNAPSHOT.jar; do
  case "$jar" in *-sources.jar) continue ;; esac
  jars+=("$jar")
done
[ ${#jars[@]} -gt 0 ] || { echo "No built bundles under bundles/*/target; build first: ./mvnw -B install -DskipTests" >&2; exit 1; }
java releng/scripts/ApiBaselineJars.java "$work/source/plugins" "${jars[@]}"

tycho_version=$(sed -n 's:.*<tycho.version>\(.*\)</tycho.version>.*:\1:p' pom.xml | head -n 1)
cat >"$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.civitas</groupId>
  <artifactId>api-baseline</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>org.eclipse.tycho.extras</groupId>
        <artifactId>tycho-p2-extras-plugin</artifactId>
        <version>$tycho_version</version>
        <configuration>
          <sourceLocation>$work/source</sourceLocation>
          <metadataRepositoryLocation>$work/repository</metadataRepositoryLocation>
          <artifactRepositoryLocation>$work/repository</artifactRepositoryLocation>
          <compress>false</compress>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
POM
"$CIVITAS_ROOT/mvnw" -B -q -f "$work/pom.xml" org.eclipse.tycho.extras:tycho-p2-extras-plugin:publish-features-and-bundles

rm -rf "$baseline"
mkdir -p "$baseline"
cp -r "$work/repository/." "$baseline/"
echo "API baseline written to $baseline: $(ls "$baseline/plugins" | wc -l) bundles"
