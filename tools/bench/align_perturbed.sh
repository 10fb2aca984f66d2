#!/usr/bin/env bash
# Alignment quality on freshly perturbed strings of real Chamber questions
# (see align_perturbed.py): the parl-dev pairs reshuffled into new documents
# with new drops and splits, five seeds by default.
# Usage: tools/bench/align_perturbed.sh [BUILD_DIR] [--seeds N...]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/default}
shift || true
tandem=${TANDEM:-$build/tools/tandem/tandem}
shared=${TANDEM_SHARED_DIR:-../shared}
[ -x "$tandem" ] || { echo "build first: cmake --build --preset default" >&2; exit 2; }
if [ ! -d "$shared/data/parl-dev" ]; then
  echo "skipped: $shared/data/parl-dev is not here"
  exit 0
fi
exec python3 tools/bench/align_perturbed.py "$tandem" "$shared" "$@"
