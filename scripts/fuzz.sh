#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang, ASan and UBSan into
# build-fuzz/ (only they and the libraries they need), seeds their corpora
# from examples/ and ../shared (copied at run time, never committed), and
# runs each for SECONDS (default 60). Crashes are written to
# build-fuzz/crashes/<target>/ and fail the script.
#   bash scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
bash scripts/install-deps.sh
dir=build-fuzz
CC=clang CXX=clang++ cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGEOKG_FUZZ=ON >/dev/null
cmake --build "$dir" -j"$(nproc)" --target geokg_fuzzers

corpus="$dir/corpus"
shared=../shared
# seed TARGET FILE...: copies the files that exist into the target's corpus.
seed() {
  local target=$1
  shift
  mkdir -p "$corpus/$target"
  for f in "$@"; do
    if [[ -f "$f" ]]; then cp "$f" "$corpus/$target/seed-$(basename "$f")"; fi
  done
}
shopt -s nullglob
seed fuzz_text_reader examples/articles/*.txt "$shared"/eval/*/texts/*
seed fuzz_extractor examples/articles/*.txt "$shared"/eval/*/texts/*
seed fuzz_jsonl_reader examples/articles/*.jsonl
seed fuzz_html_reader examples/articles/*.html
seed fuzz_codec
# One triple a seed: the first lines of the gold files.
mkdir -p "$corpus/fuzz_triple_line"
for gold in "$shared"/eval/*/gold.jsonl; do
  head -n 50 "$gold" | split -l 1 - "$corpus/fuzz_triple_line/seed-$(basename "$(dirname "$gold")")-"
done
# Dictionary seeds: a byte naming the kind (the files in name order), then the
# first lines of the embedded file of that kind.
mkdir -p "$corpus/fuzz_dictionary"
i=0
for tsv in extract/data/*.tsv; do
  { printf "\\x$(printf %02x "$i")"; head -n 40 "$tsv"; } > "$corpus/fuzz_dictionary/seed-$(basename "$tsv")"
  i=$((i + 1))
done

failed=()
for target in fuzz_text_reader fuzz_jsonl_reader fuzz_html_reader fuzz_triple_line fuzz_dictionary fuzz_codec \
              fuzz_extractor; do
  mkdir -p "$dir/crashes/$target"
  echo "== $target: $seconds s" >&2
  if ! "$dir/fuzz/$target" "$corpus/$target" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 \
       -timeout=30 -print_final_stats=1 -artifact_prefix="$dir/crashes/$target/" 2>"$dir/$target.log"; then
    failed+=("$target")
    tail -n 60 "$dir/$target.log" >&2
  fi
  grep -E '^stat::(number_of_executed_units|peak_rss_mb)' "$dir/$target.log" >&2 || true
done
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "fuzz: failures in ${failed[*]} (inputs in $dir/crashes/)" >&2
  exit 1
fi
echo "fuzz: no crash in $seconds s per target" >&2
