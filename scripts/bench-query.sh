#!/usr/bin/env bash
# Times every query question of geokg as whole-process wall time on a
# generated graph (default: 100,000 actors, 1,000,000 relations), against the
# floors of issue #5, and prints a table of figures (milliseconds).
#
# Usage: scripts/bench-query.sh [DB]
#   DB       the benchmark database; generated (some 15 s) when absent,
#            with its timed actors in DB.ids. Default: $BUILD/query-bench.db
# Environment:
#   BUILD    build folder (default: build-query-bench, configured as a Release
#            build when new; an existing folder keeps its build type)
#   ACTORS, EDGES   the generated shape (default 100000, 1000000)
#   RUNS     timed runs per question (default 10)
#
# Times come from hyperfine (installed with apt-get when missing and run as
# root), else from a loop over `date +%s%N`. The database is flushed and
# compacted after generation (query_bench generate), as RocksDB's background
# work leaves it once settled.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${BUILD:-$ROOT/build-query-bench}"
ACTORS="${ACTORS:-100000}"
EDGES="${EDGES:-1000000}"
RUNS="${RUNS:-10}"
DB="${1:-$BUILD/query-bench.db}"

if [[ -f "$BUILD/CMakeCache.txt" ]]; then
  cmake -S "$ROOT" -B "$BUILD" >/dev/null  # keep the folder's build type
else
  cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$BUILD" -j2 --target geokg query_bench >/dev/null
GEOKG="$BUILD/cli/geokg"

if [[ ! -d "$DB" ]]; then
  echo "generating $ACTORS actors / $EDGES relations into $DB ..." >&2
  "$BUILD/bench/query_bench" generate --db "$DB" --actors "$ACTORS" --edges "$EDGES" >"$DB.ids"
fi
[[ -f "$DB.ids" ]] || { echo "missing $DB.ids (remove $DB to generate it again)" >&2; exit 1; }
HUB=$(sed -n 's/^hub=\([^ ]*\).*/\1/p' "$DB.ids")
TYPICAL=$(sed -n 's/^typical=\([^ ]*\).*/\1/p' "$DB.ids")
OTHER=$(sed -n 's/^other=\([^ ]*\).*/\1/p' "$DB.ids")

if ! command -v hyperfine >/dev/null && [[ $(id -u) -eq 0 ]]; then
  apt-get install -y hyperfine >/dev/null 2>&1 || true
fi

# name | floor in ms (- for none) | arguments
QUESTIONS=(
  "actor (typical)|50|actor $TYPICAL"
  "relations (typical)|50|relations $TYPICAL"
  "relations A B|50|relations $TYPICAL $HUB"
  "neighbors --depth 2 (typical)|200|neighbors $TYPICAL --depth 2"
  "neighbors --depth 2 --limit 100|200|neighbors $TYPICAL --depth 2 --limit 100"
  "path --k 3|1000|path $TYPICAL $OTHER"
  "path --k 1|1000|path $TYPICAL $OTHER --k 1"
  "top --by pagerank|5000|top --by pagerank"
  "top --by degree|-|top --by degree"
  "top --by betweenness (sampled)|-|top --by betweenness"
  "timeline (typical)|-|timeline $TYPICAL"
  "actor (hub)|-|actor $HUB"
  "actors --type country|-|actors --type country"
)

# Mean and min wall time of a command, in ms: "mean min".
time_command() {
  if command -v hyperfine >/dev/null; then
    local csv
    csv=$(mktemp)
    hyperfine -N --warmup 2 --runs "$RUNS" --export-csv "$csv" "$*" >/dev/null 2>&1
    awk -F, 'NR == 2 { printf "%.0f %.0f\n", $2 * 1000, $5 * 1000 }' "$csv"
    rm -f "$csv"
  else
    "$@" >/dev/null 2>&1 || true
    local times=() start end
    for ((i = 0; i < RUNS; i++)); do
      start=$(date +%s%N)
      "$@" >/dev/null 2>&1 || true
      end=$(date +%s%N)
      times+=($(((end - start) / 1000000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ s += $1; a[NR] = $1 } END { printf "%.0f %.0f\n", s / NR, a[1] }'
  fi
}

echo "geokg query benchmark: $DB ($(du -sh "$DB" | cut -f1)); hub $HUB, typical $TYPICAL, other $OTHER"
echo "timer: $(command -v hyperfine >/dev/null && hyperfine --version || echo 'date loop'), $RUNS runs;" \
  "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (min is the figure for a quiet machine)"
printf '%-32s %9s %9s %9s  %s\n' "question" "floor ms" "mean ms" "min ms" "verdict"
for q in "${QUESTIONS[@]}"; do
  IFS='|' read -r name floor args <<<"$q"
  # shellcheck disable=SC2086
  err=$("$GEOKG" $args --db "$DB" --format tsv 2>&1 >/dev/null) || { echo "failed: geokg $args: $err" >&2; exit 1; }
  # shellcheck disable=SC2086
  read -r mean min < <(time_command "$GEOKG" $args --db "$DB" --format tsv)
  verdict=""
  if [[ "$floor" != "-" ]]; then
    if ((mean <= floor)); then verdict="ok"; else verdict="OVER"; fi
  fi
  printf '%-32s %9s %9s %9s  %s\n' "$name" "$floor" "$mean" "$min" "$verdict"
done
