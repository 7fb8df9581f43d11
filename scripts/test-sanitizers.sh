#!/usr/bin/env bash
# Builds (clang) and runs the test suite under AddressSanitizer +
# UndefinedBehaviorSanitizer. The same build carries libFuzzer coverage
# instrumentation, so scripts/fuzz.sh reuses it instead of compiling again.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
CC=clang CXX=clang++ bash scripts/build.sh build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DDYAD_SANITIZE=ON -DDYAD_FUZZ=ON -DDYAD_BENCH=OFF
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j"$(nproc)"
