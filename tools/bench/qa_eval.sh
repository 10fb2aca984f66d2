#!/usr/bin/env bash
# Translator-QA flags on the dev material (issue 15): the planted-fault set
# qa-dev scored by ../shared/eval/qa_eval.py (last line: noise, recall, typed
# recall), then the seed document, a careful official translation, with the
# number of its units that carry a flag and the kinds of those flags, then
# parl-dev (real translations, nothing planted): its two-sided beads with a
# flag, by kind (nearly all false alarms).
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

echo
echo "== parl-dev: two-sided beads with a flag (real translations, nothing planted: fewer is better)"
if [ -d "$shared/data/parl-dev" ]; then
  for fr in "$shared"/data/parl-dev/doc*.fr.txt; do
    "$tandem" align "$fr" "${fr%.fr.txt}.nl.txt" --format jsonl
  done | python3 -c '
import collections, json, sys
beads = flagged = 0
kinds = collections.Counter()
for line in sys.stdin:
    if not line.strip():
        continue
    bead = json.loads(line)
    if not bead.get("fr") or not bead.get("nl"):
        continue
    beads += 1
    types = {f["type"] for f in bead.get("flags", [])}
    flagged += bool(types)
    kinds.update(types)
print(f"parl-dev two-sided beads={beads} flagged={flagged} kinds={dict(sorted(kinds.items()))}")
'
else
  echo "skipped: $shared/data/parl-dev is not here"
fi
