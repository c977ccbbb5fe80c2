#!/usr/bin/env bash
# Installs the Debian 12 packages geokg needs to build, test and draw.
# Idempotent, and silent when every package is already there.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config       # compiler and build
  librocksdb-dev                          # store/: the embedded database
  libboost-graph-dev                      # graph/: centrality, shortest paths
  libcxxopts-dev                          # cli/: argument parsing
  libgoogle-perftools-dev                 # cli/: TCMalloc for the geokg binary (faster merges; optional)
  nlohmann-json3-dev                      # JSON Lines input, triple and JSON output
  libgumbo-dev                            # extract/: HTML parsing
  libutf8proc-dev                         # Unicode case folding and validation
  wordnet-base                            # extract/syntax: open-class lexicon (WordNet's index, exception
                                          # and count files), expanded into a static table at build time
  libgtest-dev libgmock-dev               # tests
  libbenchmark-dev                        # bench/
  libxml2-dev                             # tests: GraphML read back with a real XML parser
  graphviz                                # export: dot and sfdp render SVG/PNG
  libgraphviz-dev                         # tests: DOT read back with libcgraph
  time                                    # scripts/bench-extract.sh: /usr/bin/time -v (peak RSS)
  libcpp-httplib-dev                      # geokg serve: the HTTP server (and the tests' client)
  chromium chromium-driver python3-selenium  # tests: geokg serve end to end in headless Chromium
  curl                                    # scripts/bench-serve.sh: response times
  python3-networkx                        # tests: the README's networkx line on Debian's networkx 2.8
  clang                                   # scripts/fuzz.sh: libFuzzer targets (-fsanitize=fuzzer)
  python3-distributed                     # scripts/geokg-dask: extraction on a Dask cluster (and its test)
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  [[ "$pkg" == \#* ]] && continue
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
echo "geokg: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
