#!/usr/bin/env bash
# The whole test suite: install what is missing, build, run every test through CTest.
# With GEOKG_SANITIZE=1 it builds into build-asan with AddressSanitizer and UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
if [[ "${GEOKG_SANITIZE:-0}" == 1 ]]; then
  dir=build-asan
  bash scripts/build.sh "$dir" -DGEOKG_SANITIZE=ON -DGEOKG_BUILD_BENCH=OFF
  export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
else
  dir=build
  bash scripts/build.sh "$dir"
fi
cd "$dir"
ctest --output-on-failure -j"$(nproc)"
