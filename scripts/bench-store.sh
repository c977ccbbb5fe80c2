#!/usr/bin/env bash
# Benchmarks the merge, in one run on this machine: `geokg ingest --triples`
# of N generated evidence triples (default 1,000,000) through the normal path
# (WriteBatch, WAL, memtables) and through `--bulk` (SST files ingested), each
# under /usr/bin/time -v (triples/s, CPU per triple, bytes on disk per
# triple, peak RSS); then raw RocksDB random puts (batches of 1,000, WAL on)
# with store_bench, the reference rate, and the ratios.
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
load_before=$(cut -d' ' -f1 /proc/loadavg)

# ingest NAME [OPTIONS...]: ingests the triples into $WORK/NAME under time -v;
# prints "wall user sys rss_kb db_bytes articles".
ingest() {
  local name=$1
  shift
  echo "ingesting ($name)..." >&2
  /usr/bin/time -v "$BUILD/cli/geokg" ingest --quiet "$@" --triples "$WORK/triples.jsonl" --db "$WORK/$name" \
    2>"$WORK/time-$name.txt" || {
    cat "$WORK/time-$name.txt" >&2
    exit 1
  }
  local wall user sys rss db articles
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$WORK/time-$name.txt" |
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
  user=$(sed -n 's/.*User time (seconds): //p' "$WORK/time-$name.txt")
  sys=$(sed -n 's/.*System time (seconds): //p' "$WORK/time-$name.txt")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time-$name.txt")
  db=$(du -sb "$WORK/$name" | cut -f1)
  articles=$("$BUILD/cli/geokg" stats --format json --db "$WORK/$name" | sed -n 's/.*"articles": \([0-9]*\).*/\1/p')
  echo "$wall $user $sys $rss $db $articles"
}

# --batch 1000 (the default commit size) keeps the normal path: without it a
# --triples file of 128 MiB or more takes the bulk path by itself.
read -r n_wall n_user n_sys n_rss n_db articles < <(ingest normal --batch 1000)
read -r b_wall b_user b_sys b_rss b_db b_articles < <(ingest bulk --bulk)
if [[ $articles != "$b_articles" ]]; then
  echo "the two paths stored different numbers of articles ($articles, $b_articles)" >&2
  exit 1
fi

echo "measuring raw puts..." >&2
"$BUILD/bench/store_bench" --benchmark_filter='BM_RawPut/1000000' --benchmark_format=json \
  --benchmark_out="$WORK/raw.json" --benchmark_out_format=json >/dev/null 2>&1
raw=$(grep -o '"puts_per_s": [0-9.e+]*' "$WORK/raw.json" | head -1 | awk '{print $2}')
load_after=$(cut -d' ' -f1 /proc/loadavg)

awk -v n="$N" -v input="$input_bytes" -v raw="$raw" -v articles="$articles" -v l1="$load_before" -v l2="$load_after" \
  -v nw="$n_wall" -v nu="$n_user" -v ns="$n_sys" -v nr="$n_rss" -v nd="$n_db" \
  -v bw="$b_wall" -v bu="$b_user" -v bs="$b_sys" -v br="$b_rss" -v bd="$b_db" 'BEGIN {
  printf "triples            %d (%d articles, %.0f bytes of JSON a triple)\n", n, articles, input / n
  printf "%-18s %12s %12s\n", "", "ingest", "ingest --bulk"
  printf "%-18s %12.1f %12.1f\n", "wall s", nw, bw
  printf "%-18s %12.1f %12.1f\n", "user + sys s", nu + ns, bu + bs
  printf "%-18s %12.0f %12.0f\n", "triples/s", n / nw, n / bw
  printf "%-18s %12.1f %12.1f\n", "CPU us a triple", (nu + ns) * 1e6 / n, (bu + bs) * 1e6 / n
  printf "%-18s %12.1f %12.1f\n", "bytes a triple", nd / n, bd / n
  printf "%-18s %12.0f %12.0f\n", "peak RSS MiB", nr / 1024, br / 1024
  printf "%-18s %12.2f %12.2f\n", "ratio to raw", n / nw / raw, n / bw / raw
  printf "raw puts/s         %.0f (RocksDB, random 26-byte keys, 150-byte values, batches of 1,000, WAL on)\n", raw
  printf "bulk / normal      %.2f x the triples/s\n", nw / bw
  printf "load average       %s before, %s after (2 cores)\n", l1, l2
}'
