#!/usr/bin/env bash
# The whole test suite: install what is missing, build with warnings as
# errors, and run every test through CTest (its summary line comes last).
# Usage: tools/test.sh   (CI runs it through .ci/run)
set -euo pipefail
cd "$(dirname "$0")/.."

tools/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$(nproc)"
# The second compiler: clang 14 builds the libFuzzer targets (ASan + UBSan,
# warnings as errors) and the tandem binary; each fuzzer then gets a smoke run
# of TANDEM_FUZZ_SECONDS (default 20) and any finding fails the suite.
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)"
tests/fuzz/run.sh build/fuzz
ctest --preset ci -j "$(nproc)"
