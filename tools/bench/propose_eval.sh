#!/usr/bin/env bash
# For each coordination report of corpus/reports/ (issue 21): proposes its
# dossier with `tandem redlines propose`, scores it against the hand-written
# NAME.expected.xml (propose_score.py: rules found with the right kind, wrong
# rules), and checks the report against its own proposed dossier (no blocking
# finding expected).
# usage: tools/bench/propose_eval.sh [TANDEM]   (default build/default/tools/tandem/tandem)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
tandem=${1:-$root/build/default/tools/tandem/tandem}
reports=$root/corpus/reports
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
total_found=0 total_expected=0 total_wrong=0 total_proposed=0
for expected in "$reports"/*.expected.xml; do
  name=$(basename "$expected" .expected.xml)
  inputs=()
  for f in "$reports/$name".*; do
    case $f in *.expected.xml) ;; *) inputs+=("$f") ;; esac
  done
  echo "== $name (${#inputs[@]} file(s))"
  if ! "$tandem" redlines propose "${inputs[@]}" -o "$out/$name.xml" 2>"$out/err"; then
    echo "  propose failed: $(cat "$out/err")"
    continue
  fi
  line=$(python3 "$root/tools/bench/propose_score.py" "$expected" "$out/$name.xml")
  echo "$line" | sed 's/^found/  found/'
  read -r f e p w < <(echo "$line" | head -1 | sed -E 's#found ([0-9]+)/([0-9]+).*proposed ([0-9]+), wrong ([0-9]+).*#\1 \2 \3 \4#')
  total_found=$((total_found + f)) total_expected=$((total_expected + e))
  total_proposed=$((total_proposed + p)) total_wrong=$((total_wrong + w))
  set +e
  "$tandem" check "${inputs[@]}" --redlines "$out/$name.xml" --format json >"$out/check.json" 2>"$out/err"
  rc=$?
  set -e
  summary=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["summary"]; print(d["blocking"], "blocking,", d["warning"], "warning(s)")' "$out/check.json" 2>/dev/null || cat "$out/err")
  echo "  tandem check of the report against its own proposal: exit $rc, $summary"
done
echo "== all reports: found $total_found/$total_expected ($((100 * total_found / total_expected)) %) with the right kind; proposed $total_proposed, wrong $total_wrong"
