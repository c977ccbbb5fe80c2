#!/usr/bin/env bash
# Configures and builds geokg into build/ (or the folder given as $1, with
# further CMake arguments after it): every target, or only $GEOKG_BUILD_TARGET.
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-build}"
shift || true
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$dir" -j"$(nproc)" ${GEOKG_BUILD_TARGET:+--target "$GEOKG_BUILD_TARGET"}
