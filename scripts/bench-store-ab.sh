#!/usr/bin/env bash
# Compares two geokg binaries on the bulk merge, in alternating pairs in one
# run: `geokg ingest --quiet --bulk --triples` of N generated triples (default
# 1,000,000) under /usr/bin/time -v with binary A, then B, each followed by
# raw RocksDB batched puts (store_bench BM_RawPut/1000000, as in
# scripts/bench-store.sh); PAIRS pairs (default 6). One line a run: load
# average before and after, wall, triples/s, raw puts/s, the ratio, CPU a
# triple (user + sys), bytes on disk a triple, peak RSS; then the means.
#
#   scripts/bench-store-ab.sh OLD_GEOKG NEW_GEOKG
#   N=200000 PAIRS=3 BUILD=build scripts/bench-store-ab.sh /tmp/geokg-main build/cli/geokg
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-$ROOT/build-store}
N=${N:-1000000}
PAIRS=${PAIRS:-6}
[[ $# -eq 2 && -x $1 && -x $2 ]] || { echo "usage: $0 GEOKG_A GEOKG_B (two executables)" >&2; exit 2; }
A=$(realpath "$1")
B=$(realpath "$2")

if [[ ! -x $BUILD/bench/gen_triples || ! -x $BUILD/bench/store_bench ]]; then
  cmake -S "$ROOT" -B "$BUILD" -DGEOKG_BUILD_BENCH=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$BUILD" -j2 --target gen_triples store_bench
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/geokg-bench-ab.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
echo "generating $N triples..." >&2
"$BUILD/bench/gen_triples" --triples "$N" --out "$WORK/triples.jsonl"

# run LABEL BINARY: one ingest and the raw puts after it, as one line.
run() {
  local label=$1 bin=$2 l1 l2 wall user sys rss db raw
  l1=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -v "$bin" ingest --quiet --bulk --triples "$WORK/triples.jsonl" --db "$WORK/db" 2>"$WORK/time.txt" || {
    cat "$WORK/time.txt" >&2
    exit 1
  }
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$WORK/time.txt" |
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
  user=$(sed -n 's/.*User time (seconds): //p' "$WORK/time.txt")
  sys=$(sed -n 's/.*System time (seconds): //p' "$WORK/time.txt")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time.txt")
  db=$(du -sb "$WORK/db" | cut -f1)
  rm -rf "$WORK/db"
  "$BUILD/bench/store_bench" --benchmark_filter='BM_RawPut/1000000' --benchmark_format=json \
    --benchmark_out="$WORK/raw.json" --benchmark_out_format=json >/dev/null 2>&1
  raw=$(grep -o '"puts_per_s": [0-9.e+]*' "$WORK/raw.json" | head -1 | awk '{print $2}')
  l2=$(cut -d' ' -f1 /proc/loadavg)
  awk -v L="$label" -v n="$N" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v d="$db" -v raw="$raw" \
    -v l1="$l1" -v l2="$l2" 'BEGIN {
    printf "%s load %s-%s wall %.2f s triples/s %.0f raw/s %.0f ratio %.2f cpu_us %.2f bytes %.1f rss_mib %.0f\n",
      L, l1, l2, w, n / w, raw, n / w / raw, (u + s) * 1e6 / n, d / n, r / 1024 }'
}

for pair in $(seq "$PAIRS"); do
  run A "$A"
  run B "$B"
done | tee "$WORK/runs.txt"
for label in A B; do
  awk -v L="$label" '$1 == L { n++; t += $8; r += $12; c += $14 }
    END { printf "%s mean of %d: %.0f triples/s, ratio to raw %.2f, CPU %.2f us a triple\n", L, n, t / n, r / n, c / n }' \
    "$WORK/runs.txt"
done
echo "A: $A" >&2
echo "B: $B" >&2
