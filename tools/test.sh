#!/usr/bin/env bash
# The whole test suite: install what is missing, build with warnings as
# errors, and run every test through CTest (its summary line comes last).
# Usage: tools/test.sh   (CI runs it through .ci/run)
set -euo pipefail
cd "$(dirname "$0")/.."

tools/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$(nproc)"
ctest --preset ci -j "$(nproc)"
