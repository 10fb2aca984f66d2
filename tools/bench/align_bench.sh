#!/usr/bin/env bash
# Alignment benchmark: the dev document (when ../shared is present) and
# synthetic documents of 1k, 10k and 100k paragraphs a side, one process
# each (peak memory is per process). Figures are medians of repeated runs;
# these machines are shared and noisy. Usage: tools/bench/align_bench.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/default}
bench=$build/tools/bench/align_bench
tandem=$build/tools/tandem/tandem
[ -x "$bench" ] || { echo "build first: cmake --build --preset default" >&2; exit 2; }
shared=../shared

echo "== dev document (alignment only; reading and the lexicon apart)"
if [ -f "$shared/data/seed001-dev.txt" ]; then
  "$bench" --file "$shared/data/seed001-dev.txt" --repeat 21
  out=$(mktemp)
  "$tandem" align "$shared/data/seed001-dev.txt" --format jsonl > "$out"
  echo -n "quality: "; python3 "$shared/eval/align_eval.py" "$shared/data/seed001-dev.gold.jsonl" "$out" | tail -1
  rm -f "$out"
  echo -n "whole command, median of 11 runs: "
  for i in $(seq 11); do
    /usr/bin/time -f "%e %M" "$tandem" align "$shared/data/seed001-dev.txt" --format jsonl 2>&1 >/dev/null | tail -1
  done | sort -n | sed -n 6p | awk '{printf "%.0f ms, peak %.1f MiB\n", $1*1000, $2/1024}'
else
  echo "skipped: $shared/data is not here"
fi

echo
echo "== synthetic documents (built from corpus/pairs; omissions and merges every ~90 paragraphs)"
printf "%-10s %-12s %-14s %-12s %-10s\n" paragraphs "median ms" "us/paragraph" "peak MiB" "1-1 found"
for n in 1000 10000 100000; do
  repeat=5; [ "$n" -ge 100000 ] && repeat=3
  "$bench" --paragraphs "$n" --repeat "$repeat" | python3 -c '
import json, sys
r = json.load(sys.stdin)
print("%-10d %-12.1f %-14.2f %-12.1f %-10.4f" % (r["fr_paragraphs"], r["median_ms"], r["us_per_paragraph"], r["peak_mib"], r["one_to_one_recovered"]))'
done
echo
echo "Side by side with hunalign on real documents: tools/bench/align_compare.sh."
