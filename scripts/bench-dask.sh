#!/usr/bin/env bash
# End-to-end benchmark of scripts/geokg-dask: ingest of a generated corpus
# (MB megabytes of text articles, one file each; default 200) by
# `geokg ingest` in one process and by geokg-dask with 1 and 2 local Dask
# workers, in one run: articles/s, MB/s, the time geokg-dask spent building
# shards and merging them, and whether the three graphs are equal (stats and
# JSON export). Needs python3-distributed.
#
#   scripts/bench-dask.sh               # MB=200, build folder build-store
#   MB=50 BUILD=build scripts/bench-dask.sh
#   KEEP_DB=/tmp/corpus.db scripts/bench-dask.sh   # keep the single-process database
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-$ROOT/build-store}
MB=${MB:-200}

if [[ ! -x $BUILD/cli/geokg || ! -x $BUILD/bench/gen_corpus ]]; then
  cmake -S "$ROOT" -B "$BUILD" -DGEOKG_BUILD_BENCH=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$BUILD" -j2 --target geokg gen_corpus
fi
GEOKG=$BUILD/cli/geokg
WORK=$(mktemp -d "${TMPDIR:-/tmp}/geokg-bench-dask.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

echo "generating $MB MB of articles..." >&2
"$BUILD/bench/gen_corpus" --mb "$MB" --format text --out "$WORK/corpus/"
bytes=$(du -sb --apparent-size "$WORK/corpus" | cut -f1)
files=$(find "$WORK/corpus" -type f | wc -l)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

# run NAME COMMAND...: prints "NAME wall_seconds", the run's stderr in $WORK/NAME.err
run() {
  local name=$1 start end
  shift
  echo "running $name..." >&2
  start=$(date +%s.%N)
  "$@" 2>"$WORK/$name.err" || { cat "$WORK/$name.err" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$name $(echo "$end - $start" | bc)"
}

graph() {
  "$GEOKG" stats --format json --db "$1" | grep -v '"database"\|"size_on_disk"'
  "$GEOKG" export --format json --db "$1" 2>/dev/null
}

{
  run single "$GEOKG" ingest -q "$WORK/corpus" --db "$WORK/single"
  run dask-1 "$ROOT/scripts/geokg-dask" --geokg "$GEOKG" --workers 1 --db "$WORK/dask-1" "$WORK/corpus"
  run dask-2 "$ROOT/scripts/geokg-dask" --geokg "$GEOKG" --workers 2 --db "$WORK/dask-2" "$WORK/corpus"
} >"$WORK/times"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
articles=$("$GEOKG" stats --format json --db "$WORK/single" | sed -n 's/.*"articles": \([0-9]*\).*/\1/p')
same=yes
for d in dask-1 dask-2; do cmp -s <(graph "$WORK/single") <(graph "$WORK/$d") || same=no; done

echo "corpus             $files files, $articles articles stored, $bytes bytes"
while read -r name seconds; do
  phases=$(sed -n 's/^geokg-dask: shards built in \(.*\) s, merged in \(.*\) s$/(shards \1 s, merge \2 s)/p' \
    "$WORK/$name.err")
  awk -v n="$name" -v s="$seconds" -v a="$articles" -v b="$bytes" -v p="$phases" \
    'BEGIN { printf "%-8s %7.1f s %8.0f articles/s %6.2f MB/s %s\n", n, s, a / s, b / s / 1e6, p }'
done <"$WORK/times"
echo "graphs equal       $same (stats and JSON export of each against the single process)"
echo "load average after $load_after (2 cores)"
if [[ -n ${KEEP_DB:-} ]]; then mv "$WORK/single" "$KEEP_DB" && echo "kept the single-process database in $KEEP_DB"; fi
