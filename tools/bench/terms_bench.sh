#!/usr/bin/env bash
# Term check and term base figures: how many units get a `term` flag on the
# dev sets of ../shared (faithful translations: each flag there is a false
# alarm or a real synonym), the qa-dev noise of the term flags alone
# (qa_eval.py on `tandem align` output keeping only `term` flags), and the time
# of `tandem terms` on an index of corpus/. Usage: tools/bench/terms_bench.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/default}
tandem=$(realpath "$build/tools/tandem/tandem")
[ -x "$tandem" ] || { echo "build first: cmake --build --preset default --target tandem" >&2; exit 2; }
shared=../shared
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Units (beads) of one alignment and those with a term flag; the flags printed.
count_terms() {
  python3 -c '
import json, sys
units = flagged = 0
for line in sys.stdin:
    if not line.strip():
        continue
    units += 1
    flags = [f for f in json.loads(line)["flags"] if f["type"] == "term"]
    flagged += bool(flags)
    for f in flags:
        print("   ", f["message"], file=sys.stderr)
print(units, flagged)'
}

if [ -d "$shared/data" ]; then
  echo "== seed dev document"
  read -r u f < <("$tandem" align "$shared/data/seed001-dev.txt" --format jsonl | count_terms)
  echo "units with a term flag: $f of $u"
  for set in qa-dev parl-dev; do
    [ -d "$shared/data/$set" ] || continue
    echo "== $set"
    total_u=0; total_f=0
    for fr in "$shared/data/$set"/*.fr.txt; do
      read -r u f < <("$tandem" align "$fr" "${fr%.fr.txt}.nl.txt" --format jsonl | count_terms)
      total_u=$((total_u + u)); total_f=$((total_f + f))
    done
    echo "units with a term flag: $total_f of $total_u"
  done
  if [ -f "$shared/eval/qa_eval.py" ] && [ -d "$shared/data/qa-dev" ]; then
    cat > "$work/term-only" <<SCRIPT
#!/bin/sh
"$tandem" "\$@" | python3 -c '
import json, sys
for line in sys.stdin:
    if line.strip():
        bead = json.loads(line)
        bead["flags"] = [f for f in bead["flags"] if f["type"] == "term"]
        print(json.dumps(bead, ensure_ascii=False))'
SCRIPT
    chmod +x "$work/term-only"
    echo -n "qa-dev, term flags alone: "
    python3 "$shared/eval/qa_eval.py" "$shared/data/qa-dev" --run "$work/term-only" | tail -1
  fi
else
  echo "skipped the dev sets: $shared/data is not here"
fi

echo "== tandem terms on an index of corpus/"
"$tandem" ingest -q --db "$work/index" corpus
for i in $(seq 11); do
  /usr/bin/time -f "%e %M" "$tandem" terms -q --db "$work/index" -o "$work/terms.tbx" 2>&1 | tail -1
done | sort -n | sed -n 6p | awk '{printf "median of 11 runs: %.0f ms, peak %.1f MiB\n", $1*1000, $2/1024}'
echo "entries: $(grep -c '<conceptEntry' "$work/terms.tbx")"
