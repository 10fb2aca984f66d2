#!/usr/bin/env bash
# Translator-QA flags on the dev material (issue 15): the planted-fault set
# qa-dev scored by ../shared/eval/qa_eval.py (last line: noise, recall, typed
# recall), then the seed document, a careful official translation, with the
# number of its units that carry a flag and the kinds of those flags.
# Skips when ../shared is absent. Usage: tools/bench/qa_eval.sh [BUILD_DIR] [--show N]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/default}
shift || true
tandem=$build/tools/tandem/tandem
[ -x "$tandem" ] || { echo "build first: cmake --build --preset default --target tandem" >&2; exit 2; }
shared=../shared
if [ ! -d "$shared/data/qa-dev" ] || [ ! -f "$shared/eval/qa_eval.py" ]; then
  echo "skipped: $shared/data/qa-dev or $shared/eval/qa_eval.py is not here"
  exit 0
fi

echo "== qa-dev: planted faults (qa_eval.py)"
python3 "$shared/eval/qa_eval.py" "$shared/data/qa-dev" --run "$tandem" "$@"

echo
echo "== seed document: units with a flag (a faithful translation: fewer is better)"
if [ -f "$shared/data/seed001-dev.txt" ]; then
  "$tandem" align "$shared/data/seed001-dev.txt" --format jsonl | python3 -c '
import collections, json, sys
units = flagged = 0
kinds = collections.Counter()
for line in sys.stdin:
    if not line.strip():
        continue
    unit = json.loads(line)
    units += 1
    flags = unit.get("flags", [])
    if flags:
        flagged += 1
        kinds.update(f["type"] for f in flags)
print(f"seed units={units} flagged={flagged} kinds={dict(sorted(kinds.items()))}")
'
else
  echo "skipped: $shared/data/seed001-dev.txt is not here"
fi
