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

# Counts the units of JSONL alignments on stdin that carry a flag: LABEL
# names the line, NOUN the units; with two-sided, one-sided units are left
# out and a unit's flag types are counted once each.
count_flags() {
  python3 -c "$count_flags_py" "$@"
}
count_flags_py='
import collections, json, sys
label, noun, mode = sys.argv[1], sys.argv[2], (sys.argv[3] if len(sys.argv) > 3 else "")
units = flagged = 0
kinds = collections.Counter()
for line in sys.stdin:
    if not line.strip():
        continue
    unit = json.loads(line)
    if mode == "two-sided" and not (unit.get("fr") and unit.get("nl")):
        continue
    units += 1
    flags = unit.get("flags", [])
    flagged += bool(flags)
    kinds.update({f["type"] for f in flags} if mode == "two-sided" else [f["type"] for f in flags])
print(f"{label} {noun}={units} flagged={flagged} kinds={dict(sorted(kinds.items()))}")
'

echo
echo "== seed document: units with a flag (a faithful translation: fewer is better)"
if [ -f "$shared/data/seed001-dev.txt" ]; then
  "$tandem" align "$shared/data/seed001-dev.txt" --format jsonl | count_flags seed units
else
  echo "skipped: $shared/data/seed001-dev.txt is not here"
fi

echo
echo "== parl-dev: two-sided beads with a flag (real translations, nothing planted: fewer is better)"
if [ -d "$shared/data/parl-dev" ]; then
  # One process for the ten documents (the dictionaries read once).
  out=$(mktemp -d)
  "$tandem" align -q "$shared/data/parl-dev" --out-dir "$out" --format jsonl
  cat "$out"/*.jsonl | count_flags parl-dev "two-sided beads" two-sided
  rm -rf "$out"
else
  echo "skipped: $shared/data/parl-dev is not here"
fi
