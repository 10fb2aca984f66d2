#!/usr/bin/env bash
# Red-line check accuracy: runs the real `tandem check --json` on every draft
# of a labelled set (default: tests/data/check-dev) with its dossiers, and
# prints precision and recall per rule kind and overall, and the traps that
# fired (tools/bench/check_eval.py scores).
# Usage: tools/bench/check_eval.sh [BUILD_DIR] [DRAFTS_DIR] [--errors] [--only A,B] [--skip A,B]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/default}
drafts=${2:-tests/data/check-dev/drafts}
shift $(( $# < 2 ? $# : 2 ))
tandem=$build/tools/tandem/tandem
[ -x "$tandem" ] || { echo "build first: cmake --build --preset default --target tandem" >&2; exit 2; }
[ -d "$drafts" ] || { echo "no labelled drafts in $drafts" >&2; exit 2; }
exec python3 tools/bench/check_eval.py "$tandem" "$drafts" "$@"
