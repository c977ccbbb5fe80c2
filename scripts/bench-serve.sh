#!/usr/bin/env bash
# Times the main endpoints of `geokg serve` on a generated graph (default:
# 100,000 actors, 1,000,000 relations, as scripts/bench-query.sh builds it),
# with curl's time_total from request to last byte, and prints min and
# median per endpoint in milliseconds.
#
# Usage: scripts/bench-serve.sh [DB]
#   DB       the benchmark database; generated when absent (bench/query_bench
#            generate), its timed actors in DB.ids. Default: $BUILD/query-bench.db
# Environment:
#   BUILD    build folder with geokg and bench/query_bench (configured with
#            -DGEOKG_BUILD_BENCH=ON); default build-query-bench
#   RUNS     requests per endpoint (default 10), after one warm-up request
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${BUILD:-$ROOT/build-query-bench}"
RUNS="${RUNS:-10}"
DB="${1:-$BUILD/query-bench.db}"
GEOKG="$BUILD/cli/geokg"

if [[ ! -d "$DB" ]]; then
  echo "generating 100000 actors / 1000000 relations into $DB ..." >&2
  "$BUILD/bench/query_bench" generate --db "$DB" --actors 100000 --edges 1000000 >"$DB.ids"
fi
HUB=$(sed -n 's/^hub=\([^ ]*\).*/\1/p' "$DB.ids")
TYPICAL=$(sed -n 's/^typical=\([^ ]*\).*/\1/p' "$DB.ids")

OUT=$(mktemp)
"$GEOKG" serve --db "$DB" --port 0 >"$OUT" 2>/dev/null &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -f "$OUT"' EXIT
until [[ -s "$OUT" ]]; do
  kill -0 $SERVER 2>/dev/null || { echo "geokg serve failed to start" >&2; exit 1; }
  sleep 0.1
done
URL=$(head -1 "$OUT")
# An actor the typical one has a relation to, for the evidence endpoint.
OBJECT=$(curl -s "${URL}api/actor/$TYPICAL?limit=1" | sed -n 's/.*"outgoing":\[{[^}]*"object":"\([^"]*\)".*/\1/p')

# name | path and query
ENDPOINTS=(
  "search (first: builds the index)|api/search?q=actor%209457"
  "search|api/search?q=actor%209457"
  "search, no match (suggestions)|api/search?q=zzqx"
  "actor (typical)|api/actor/$TYPICAL"
  "actor (hub, 41k relations)|api/actor/$HUB"
  "ego JSON (typical, 1 hop)|api/ego/$TYPICAL"
  "graph.svg (typical, 1 hop)|graph.svg?actor=$TYPICAL"
  "graph.svg (typical, 2 hops)|graph.svg?actor=$TYPICAL&depth=2"
  "graph.svg (hub, 1 hop)|graph.svg?actor=$HUB"
  "graph.svg (typical, 1 hop, 2023 only)|graph.svg?actor=$TYPICAL&since=2023&until=2023"
  "edge evidence|api/edge?s=$TYPICAL&o=$OBJECT"
  "timeline (typical)|api/timeline?a=$TYPICAL"
  "timeline (hub)|api/timeline?a=$HUB"
  "unknown actor (404, suggestions)|api/actor/nobody"
)

printf '| endpoint | HTTP | min ms | median ms |\n| --- | ---: | ---: | ---: |\n'
for entry in "${ENDPOINTS[@]}"; do
  name="${entry%%|*}"
  path="${entry#*|}"
  read -r code first < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$URL$path")  # warm-up
  if [[ "$name" == *"(first"* ]]; then
    awk -v name="$name" -v code="$code" -v t="$first" 'BEGIN { printf "| %s | %s | %.0f | |\n", name, code, t * 1000 }'
    continue
  fi
  times=()
  for ((i = 0; i < RUNS; i++)); do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' "$URL$path")")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk -v name="$name" -v code="$code" \
    '{ t[NR] = $1 * 1000 } END { printf "| %s | %s | %.0f | %.0f |\n", name, code, t[1], t[int((NR + 1) / 2)] }'
done
