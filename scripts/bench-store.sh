#!/usr/bin/env bash
# Benchmarks `geokg ingest --triples` on N generated evidence triples (default
# 1,000,000), under /usr/bin/time -v: triples/s, bytes on disk per evidence
# triple, peak RSS. Then measures raw RocksDB random puts (batches of 1,000,
# WAL on) on this machine with store_bench, and prints the ratio.
#
#   scripts/bench-store.sh                 # N=1000000, build folder build-store
#   N=200000 BUILD=build scripts/bench-store.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-$ROOT/build-store}
N=${N:-1000000}

if [[ ! -x $BUILD/cli/geokg || ! -x $BUILD/bench/gen_triples || ! -x $BUILD/bench/store_bench ]]; then
  cmake -S "$ROOT" -B "$BUILD" -DGEOKG_BUILD_BENCH=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$BUILD" -j2 --target geokg gen_triples store_bench
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/geokg-bench-store.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

echo "generating $N triples..." >&2
"$BUILD/bench/gen_triples" --triples "$N" --out "$WORK/triples.jsonl"
input_bytes=$(stat -c %s "$WORK/triples.jsonl")

echo "ingesting..." >&2
load_before=$(cut -d' ' -f1 /proc/loadavg)
/usr/bin/time -v "$BUILD/cli/geokg" ingest --quiet --triples "$WORK/triples.jsonl" --db "$WORK/db" 2>"$WORK/time.txt" || {
  cat "$WORK/time.txt" >&2
  exit 1
}
wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$WORK/time.txt" |
  awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
user=$(sed -n 's/.*User time (seconds): //p' "$WORK/time.txt")
sys=$(sed -n 's/.*System time (seconds): //p' "$WORK/time.txt")
cpu_share=$(sed -n 's/.*Percent of CPU this job got: //p' "$WORK/time.txt")
rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time.txt")
db_bytes=$(du -sb "$WORK/db" | cut -f1)
articles=$("$BUILD/cli/geokg" stats --format json --db "$WORK/db" | sed -n 's/.*"articles": \([0-9]*\).*/\1/p')

echo "measuring raw puts..." >&2
"$BUILD/bench/store_bench" --benchmark_filter='BM_RawPut/1000000' --benchmark_format=json \
  --benchmark_out="$WORK/raw.json" --benchmark_out_format=json >/dev/null 2>&1
raw=$(grep -o '"puts_per_s": [0-9.e+]*' "$WORK/raw.json" | head -1 | awk '{print $2}')
load_after=$(cut -d' ' -f1 /proc/loadavg)

awk -v n="$N" -v wall="$wall" -v user="$user" -v sys="$sys" -v share="$cpu_share" -v rss="$rss_kb" \
  -v db="$db_bytes" -v input="$input_bytes" -v raw="$raw" -v articles="$articles" \
  -v l1="$load_before" -v l2="$load_after" 'BEGIN {
  rate = n / wall
  printf "triples            %d (%d articles, %.0f bytes of JSON a triple)\n", n, articles, input / n
  printf "ingest --triples   %.1f s wall, %.1f s user + %.1f s sys (%s of a CPU)\n", wall, user, sys, share
  printf "triples/s          %.0f\n", rate
  printf "CPU per triple     %.1f us\n", (user + sys) * 1e6 / n
  printf "bytes per triple   %.1f on disk (%d bytes)\n", db / n, db
  printf "peak RSS           %.0f MiB\n", rss / 1024
  printf "raw puts/s         %.0f (RocksDB, random 26-byte keys, 150-byte values, batches of 1,000, WAL on)\n", raw
  printf "ratio              %.2f triples per raw put\n", rate / raw
  printf "load average       %s before, %s after (2 cores)\n", l1, l2
}'
