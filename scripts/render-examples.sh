#!/usr/bin/env bash
# Regenerates the diagrams of examples/diagrams/ from the example articles:
# ingests examples/articles/ into a temporary database with the built geokg,
# then writes the ego network of one country (ego-<name>.dot/.svg) and the
# whole example graph (world.dot/.svg).
#
# Usage: scripts/render-examples.sh [--geokg PATH] [--country NAME]
#                                   [--triples FILE] [--out DIR]
#   --geokg    the geokg binary (default: $GEOKG, else build*/cli/geokg, else PATH)
#   --country  the country of the ego network (default: Pakistan)
#   --depth    hops of the ego network (default: 1)
#   --triples  ingest this JSON Lines file of triples instead of the articles
#   --out      output folder (default: examples/diagrams)
# Needs Graphviz (apt install graphviz) for the SVG files.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
geokg="${GEOKG:-}"
country="Pakistan"
depth=1
triples=""
out="$repo/examples/diagrams"

die() {
  echo "render-examples: $*" >&2
  exit 2
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --geokg) geokg="${2:?--geokg needs a path}"; shift 2 ;;
    --country) country="${2:?--country needs a name}"; shift 2 ;;
    --depth) depth="${2:?--depth needs a number}"; shift 2 ;;
    --triples) triples="${2:?--triples needs a file}"; shift 2 ;;
    --out) out="${2:?--out needs a folder}"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$1' (see --help)" ;;
  esac
done

# The most recently built geokg of the repo, else the one on PATH.
if [[ -z "$geokg" ]]; then
  for candidate in "$repo"/build*/cli/geokg; do
    if [[ -x "$candidate" && ( -z "$geokg" || "$candidate" -nt "$geokg" ) ]]; then
      geokg="$candidate"
    fi
  done
  [[ -n "$geokg" ]] || geokg="$(command -v geokg || true)"
fi
[[ -n "$geokg" && -x "$geokg" ]] || die "no geokg binary: build it (cmake --build build) or pass --geokg"
command -v dot >/dev/null || die "Graphviz is not installed (apt install graphviz)"

work="$(mktemp -d "${TMPDIR:-/tmp}/geokg-examples.XXXXXX")"
trap 'rm -rf "$work"' EXIT
db="$work/db"

if [[ -n "$triples" ]]; then
  "$geokg" ingest --quiet --db "$db" --triples "$triples"
else
  "$geokg" ingest --quiet --db "$db" "$repo/examples/articles"
fi

# File names from the country's name: "Saudi Arabia" -> ego-saudi-arabia.
slug="$(printf '%s' "$country" | tr '[:upper:]' '[:lower:]' | tr -cs 'a-z0-9' '-' | sed 's/^-*//; s/-*$//')"
[[ -n "$slug" ]] || die "cannot make a file name of '$country'"

# Write into the work folder first, so that a failure leaves the old diagrams.
"$geokg" export --db "$db" --actor "$country" --depth "$depth" --format dot -o "$work/ego.dot"
"$geokg" export --db "$db" --actor "$country" --depth "$depth" --format svg -o "$work/ego.svg"
"$geokg" export --db "$db" --title "All example articles" --format dot -o "$work/world.dot"
"$geokg" export --db "$db" --title "All example articles" --format svg -o "$work/world.svg"

mkdir -p "$out"
mv "$work/ego.dot" "$out/ego-$slug.dot"
mv "$work/ego.svg" "$out/ego-$slug.svg"
mv "$work/world.dot" "$out/world.dot"
mv "$work/world.svg" "$out/world.svg"
echo "render-examples: wrote $out/ego-$slug.{dot,svg} and $out/world.{dot,svg}"
