#!/usr/bin/env bash
# Builds every libFuzzer target (clang) and runs each for SECONDS (default 20)
# on its corpus in fuzz/corpus/<target>/. Findings land in fuzz-artifacts/.
# The long runs: scripts/fuzz.sh 600
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
bash scripts/install-deps.sh
# The sanitizer build (scripts/test-sanitizers.sh) holds the fuzzers too.
fuzzers=$(find src -name '*_fuzzer.cc' -printf '%f\n' | sed 's/\.cc$//' | sort)
CC=clang CXX=clang++ cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DDYAD_SANITIZE=ON -DDYAD_FUZZ=ON -DDYAD_BENCH=OFF >/dev/null
# shellcheck disable=SC2086
cmake --build build-asan -j"$(nproc)" --target $fuzzers
mkdir -p fuzz-artifacts
status=0
for fuzzer in $fuzzers; do
  corpus=fuzz/corpus/$fuzzer
  work=$(mktemp -d)  # new inputs go here so the committed corpus stays as written
  echo "fuzz: $fuzzer for ${seconds}s"
  if ! ./build-asan/"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix=fuzz-artifacts/"$fuzzer"- "$work" "$corpus" \
      > "fuzz-artifacts/$fuzzer.log" 2>&1; then
    echo "fuzz: $fuzzer FAILED; see fuzz-artifacts/$fuzzer.log" >&2
    tail -n 30 "fuzz-artifacts/$fuzzer.log" >&2
    status=1
  else
    grep -E '^stat::number_of_executed_units' "fuzz-artifacts/$fuzzer.log" || true
  fi
  rm -rf "$work"
done
exit $status
