#!/usr/bin/env bash
# The main job: install what is missing, build the geokg binary (only it: not
# the tests and benchmarks), ingest the example articles into the default
# database, answer a question, draw the graph.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
if [[ ! -x build/cli/geokg ]]; then
  echo "== building geokg (the first run compiles it: several minutes on 2 cores)"
fi
GEOKG_BUILD_TARGET=geokg bash scripts/build.sh build >/dev/null
geokg=build/cli/geokg
db="${GEOKG_DB:-$HOME/.local/share/geokg/graph.db}"
echo "== ingest examples/articles into $db"
"$geokg" ingest --db "$db" examples/articles
echo "== geokg relations Pakistan"
"$geokg" relations Pakistan --db "$db" --format table
mkdir -p out
"$geokg" export --db "$db" --format dot --output out/graph.dot
if command -v dot >/dev/null; then
  "$geokg" export --db "$db" --format svg --output out/graph.svg
  echo "== wrote out/graph.dot and out/graph.svg"
else
  echo "== wrote out/graph.dot (install graphviz for SVG)"
fi
