#!/usr/bin/env bash
# Extraction speed of this tree against another commit, in one run (issue
# #10): builds `geokg` of REV in a git worktree beside the build folder,
# generates a corpus with this tree's gen_corpus, then times
# `geokg extract --threads 1` of both builds alternately ROUNDS times and
# prints each one's best CPU seconds (user + system, steadier than wall time
# when other work shares the machine), sentences per CPU-second, peak RSS and
# the ratio new / old throughput.
#
# Usage: scripts/bench-extract-vs.sh REV
# Environment:
#   BUILD   build folder of this tree (default: build)
#   MB      corpus size in megabytes (default 20)
#   ROUNDS  timed runs of each build (default 3)
set -euo pipefail

REV="${1:?usage: scripts/bench-extract-vs.sh REV (the commit to compare with, e.g. HEAD~1)}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${BUILD:-$ROOT/build}"
MB="${MB:-20}"
ROUNDS="${ROUNDS:-3}"
SHA="$(git -C "$ROOT" rev-parse --short "$REV")"
OLD_TREE="$BUILD/baseline-$SHA"

[[ -x /usr/bin/time ]] || { echo "bench-extract-vs: /usr/bin/time missing (Debian package 'time')" >&2; exit 1; }

echo "building this tree's geokg and gen_corpus in $BUILD ..." >&2
cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGEOKG_BUILD_BENCH=ON >/dev/null
cmake --build "$BUILD" -j2 --target geokg gen_corpus >/dev/null
if [[ ! -d "$OLD_TREE" ]]; then
  git -C "$ROOT" worktree add --detach "$OLD_TREE" "$SHA" >/dev/null
fi
echo "building geokg of $SHA in $OLD_TREE ..." >&2
cmake -S "$OLD_TREE" -B "$OLD_TREE/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGEOKG_BUILD_BENCH=OFF >/dev/null
cmake --build "$OLD_TREE/build" -j2 --target geokg >/dev/null

CORPUS="$BUILD/corpus-${MB}mb-seed1.jsonl"
if [[ ! -s "$CORPUS" || ! -s "$CORPUS.stats" ]]; then
  "$BUILD/bench/gen_corpus" --mb "$MB" --seed 1 --format jsonl --out "$CORPUS" 2>"$CORPUS.stats"
fi
read -r SENTENCES BYTES < <(sed -E 's/.* ([0-9]+) sentences, .* ([0-9]+) bytes.*/\1 \2/' "$CORPUS.stats")
echo "corpus: $CORPUS: $SENTENCES sentences, $BYTES bytes"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
declare -A BEST RSS
for ((round = 1; round <= ROUNDS; ++round)); do
  for which in old new; do
    binary="$BUILD/cli/geokg"
    [[ "$which" == old ]] && binary="$OLD_TREE/build/cli/geokg"
    /usr/bin/time -f "%U %S %M" "$binary" extract --threads 1 "$CORPUS" >/dev/null 2>"$LOG" ||
      { cat "$LOG" >&2; echo "bench-extract-vs: $which geokg failed" >&2; exit 1; }
    read -r user sys rss < <(tail -1 "$LOG")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    if [[ -z "${BEST[$which]:-}" ]] || awk -v a="$cpu" -v b="${BEST[$which]}" 'BEGIN { exit !(a < b) }'; then
      BEST[$which]=$cpu
    fi
    RSS[$which]=$rss
  done
done
printf '%-22s %10s %12s %14s %10s\n' build "CPU s" "MB/CPU-s" "sent/CPU-s" "peak RSS"
for which in old new; do
  label="$SHA (before)"
  [[ "$which" == new ]] && label="this tree"
  awk -v l="$label" -v c="${BEST[$which]}" -v b="$BYTES" -v s="$SENTENCES" -v r="${RSS[$which]}" \
    'BEGIN { printf "%-22s %10.2f %12.2f %14.0f %7.0f MB\n", l, c, b / 1e6 / c, s / c, r / 1024 }'
done
awk -v o="${BEST[old]}" -v n="${BEST[new]}" 'BEGIN { printf "throughput ratio new/old: %.2f\n", o / n }'
