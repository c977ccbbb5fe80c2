#!/usr/bin/env bash
# Extraction speed and memory (issue #3): generates a news corpus with
# gen_corpus (default 50 MB, seed 1), times `geokg extract` over it on 1 and 2
# threads with /usr/bin/time -v (MB/s, sentences/s, peak RSS), then runs the
# extract_bench micro-benchmarks (extraction alone, in memory).
#
# Usage: scripts/bench-extract.sh
# Environment:
#   BUILD    build folder (default: build, RelWithDebInfo like scripts/build.sh)
#   MB       corpus size in megabytes (10^6 bytes; default 50)
#   SEED     corpus seed (default 1)
#   THREADS  thread counts to time (default "1 2")
#   BENCH    0 to skip extract_bench
#
# MB/s and sentences/s are per wall-clock second, the figures a user sees;
# "MB/CPU-s" divides by user + system time instead, which stays steady when
# other work shares the machine. Sentences are those gen_corpus counts (one a
# terminal punctuation mark ending a body sentence).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${BUILD:-$ROOT/build}"
MB="${MB:-50}"
SEED="${SEED:-1}"
THREADS="${THREADS:-1 2}"
BENCH="${BENCH:-1}"

[[ -x /usr/bin/time ]] || "$ROOT/scripts/install-deps.sh"
[[ -x /usr/bin/time ]] || { echo "bench-extract: /usr/bin/time missing (Debian package 'time')" >&2; exit 1; }

echo "building geokg, gen_corpus, extract_bench in $BUILD (RelWithDebInfo) ..." >&2
cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD" -j2 --target geokg gen_corpus extract_bench >/dev/null
GEOKG="$BUILD/cli/geokg"

CORPUS="$BUILD/corpus-${MB}mb-seed${SEED}.jsonl"
if [[ ! -s "$CORPUS" || ! -s "$CORPUS.stats" ]]; then
  "$BUILD/bench/gen_corpus" --mb "$MB" --seed "$SEED" --format jsonl --out "$CORPUS" 2>"$CORPUS.stats"
fi
# "gen_corpus: 11480 articles, 424372 sentences, 7249801 words, 50001614 bytes"
read -r ARTICLES SENTENCES BYTES < <(sed -E 's/.* ([0-9]+) articles, ([0-9]+) sentences, .* ([0-9]+) bytes.*/\1 \2 \3/' "$CORPUS.stats")
echo "corpus: $CORPUS: $ARTICLES articles, $SENTENCES sentences, $BYTES bytes"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo

printf '%-8s %9s %9s %13s %9s %10s %12s %9s\n' threads "wall s" "MB/s" "sentences/s" "CPU s" "MB/CPU-s" "sent/CPU-s" "peak RSS"
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
for n in $THREADS; do
  /usr/bin/time -v "$GEOKG" extract --threads "$n" "$CORPUS" >/dev/null 2>"$LOG" ||
    { cat "$LOG" >&2; echo "bench-extract: geokg extract --threads $n failed" >&2; exit 1; }
  awk -v n="$n" -v bytes="$BYTES" -v sentences="$SENTENCES" '
    /Elapsed \(wall clock\)/ {
      k = split($NF, part, ":"); wall = 0
      for (i = 1; i <= k; i++) wall = wall * 60 + part[i]
    }
    /User time \(seconds\)/ { cpu += $NF }
    /System time \(seconds\)/ { cpu += $NF }
    /Maximum resident set size/ { rss = $NF }
    END {
      if (wall <= 0) wall = 0.01
      if (cpu <= 0) cpu = 0.01
      printf "%-8s %9.2f %9.2f %13.0f %9.2f %10.2f %12.0f %6.0f MB\n", n, wall, bytes / 1e6 / wall,
             sentences / wall, cpu, bytes / 1e6 / cpu, sentences / cpu, rss / 1024
    }' "$LOG"
done

if [[ "$BENCH" != 0 ]]; then
  echo
  echo "extract_bench (~8 MB in memory, extraction only):"
  "$BUILD/bench/extract_bench" 2>&1 | grep -v "^\*\*\*WARNING\*\*\* Library was built as DEBUG"
fi
