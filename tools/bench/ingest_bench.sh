#!/usr/bin/env bash
# Ingest benchmark through the real command: `tandem ingest` of about N
# real-sized units (--units N, default 20000), with --jobs 1 and --jobs 2,
# the two indexes compared (units, flags, learnt lexicon), then the time to
# add one small FR/NL pair to that index against adding it to an empty one.
#
# The documents are the French/Dutch pairs of ../shared/data/parl-dev when
# present (read at run time; the numbered copies live in a temporary folder
# removed at exit, never in the repository), else the pairs of corpus/: each
# copy gets a numbered first line, so every file is new to the index.
# The machine is shared with other developers' builds: bulk figures are
# medians of --repeat runs (default 1), one-pair figures medians of 7.
#
# With --big M, one pair is also added to an index of M units built by the
# library benchmark (search_bench: corpus sentences recombined, written with
# IndexWriter, no alignment), whose learner rows `tandem lexicon --relearn`
# counts first: adding then costs what it costs at M units, without hours of
# bulk ingest on a shared 2-core machine.
#
# Usage: tools/bench/ingest_bench.sh [--units N] [--repeat R] [--big M] [--build DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
units=20000
repeat=1
big_units=0
build=build/default
while [ $# -gt 0 ]; do
  case "$1" in
    --units) units=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --big) big_units=$2; shift 2 ;;
    *) echo "usage: $0 [--units N] [--repeat R] [--big M] [--build DIR]" >&2; exit 2 ;;
  esac
done
tandem=$build/tools/tandem/tandem
[ -x "$tandem" ] || { echo "build first: cmake --build --preset default --target tandem" >&2; exit 2; }
shared=../shared/data/parl-dev
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Sources: FR/NL pairs of text files.
sources=()
if ls "$shared"/*.fr.txt > /dev/null 2>&1; then
  for fr in "$shared"/*.fr.txt; do [ -f "${fr%.fr.txt}.nl.txt" ] && sources+=("${fr%.fr.txt}"); done
  origin="$shared"
else
  for fr in corpus/pairs/*.fr.txt; do sources+=("${fr%.fr.txt}"); done
  origin=corpus/pairs
fi

# Units per source, as tandem aligns it (one ingest of each into a scratch index).
per_source=()
for s in "${sources[@]}"; do
  n=$("$tandem" ingest --fr "$s.fr.txt" --nl "$s.nl.txt" --db "$work/probe" --json -q --jobs 1 |
      python3 -c 'import json,sys; print(json.load(sys.stdin)["units"])')
  per_source+=("$n")
done
rm -rf "$work/probe"

# Numbered copies, round robin over the sources, until about N units.
mkdir -p "$work/docs"
total=0 docs=0
while [ "$total" -lt "$units" ]; do
  i=$((docs % ${#sources[@]}))
  s=${sources[$i]}
  name=$(printf "%s/docs/d%06d" "$work" "$docs")
  { printf "Référence %06d\n\n" "$docs"; cat "$s.fr.txt"; } > "$name.fr.txt"
  { printf "Referentie %06d\n\n" "$docs"; cat "$s.nl.txt"; } > "$name.nl.txt"
  total=$((total + ${per_source[$i]} + 1))
  docs=$((docs + 1))
done
bytes=$(cat "$work"/docs/*.txt | wc -c)
echo "== tandem ingest of $docs document pairs from $origin (${#sources[@]} sources), about $total units requested (--units $units), $((bytes / 1024 / 1024)) MiB of text"
echo "   machine: $(nproc) cores, shared with other builds (load average $(cut -d' ' -f1-3 /proc/loadavg)); medians of $repeat run(s)"

# "wall-seconds cpu-seconds" of one bulk ingest into a fresh index with --jobs $1.
bulk() {
  rm -rf "$work/idx$1"
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$tandem" ingest "$work/docs" --db "$work/idx$1" --jobs "$1" --quiet
  awk '{print $1, $2 + $3}' "$work/time"
}
median() { sort -n | awk '{v[NR]=$0} END {print v[int((NR+1)/2)]}'; }

declare -A seconds cpu
for jobs in 1 2; do
  read -r seconds[$jobs] cpu[$jobs] < <(for r in $(seq "$repeat"); do bulk "$jobs"; done | median)
done
written=$("$tandem" stats --db "$work/idx2" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["units"])')
printf "%-6s %-10s %-10s %-14s\n" jobs seconds units/s "cpu seconds"
for jobs in 1 2; do
  printf "%-6s %-10.1f %-10.1f %-14.1f\n" "$jobs" "${seconds[$jobs]}" "$(echo "$written / ${seconds[$jobs]}" | bc -l)" "${cpu[$jobs]}"
done
printf "speed-up with 2 jobs: %.2fx (units in the index: %s; load average now %s)\n" \
  "$(echo "${seconds[1]} / ${seconds[2]}" | bc -l)" "$written" "$(cut -d' ' -f1 /proc/loadavg)"

# Same content, as the commands show it: counts, the learnt lexicon, and the
# hits (texts, scores, flags) of a few searches. tests/batch compares every
# unit and learner row of two such indexes.
dump() {
  "$tandem" stats --db "$1" --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["documents"], d["units"], d["units_per_language"])'
  "$tandem" lexicon --db "$1" --origin learned
  for q in ministre Parlement justice regering begroting; do
    "$tandem" search --db "$1" --json --limit 200 "$q" | python3 -c '
import json, sys
r = json.load(sys.stdin)
for h in r["hits"]:
    h.pop("rank", None); h.pop("relevance", None); h.pop("percent", None)
    print(json.dumps(h, sort_keys=True))'
  done
}
if [ "$(dump "$work/idx1" | md5sum)" = "$(dump "$work/idx2" | md5sum)" ]; then
  links=$("$tandem" lexicon --db "$work/idx2" --origin learned | grep -vc '^#')
  echo "same index content with 1 and 2 jobs: yes ($links learnt links)"
else
  echo "same index content with 1 and 2 jobs: NO"
fi

# One new small pair, added to the big index and to an empty one (median of 7 each).
pair() {
  mkdir -p "$work/pair$1"
  cat > "$work/pair$1/note.fr.txt" << EOF
Note $1 sur la coopération au développement

La Belgique renforce son soutien aux organisations de la société civile au Sahel.

Le ministre présentera le rapport annuel au Parlement avant la fin du mois de mars.
EOF
  cat > "$work/pair$1/note.nl.txt" << EOF
Nota $1 over ontwikkelingssamenwerking

België versterkt zijn steun aan de organisaties van het maatschappelijk middenveld in de Sahel.

De minister zal het jaarverslag voor het einde van de maand maart aan het Parlement voorstellen.
EOF
}
add_one() {  # $1: index, $2: pair number; prints "wall-seconds cpu-seconds"
  pair "$2"
  /usr/bin/time -f "%e %U %S" -o "$work/time1" "$tandem" ingest "$work/pair$2" --db "$1" --quiet
  awk '{print $1, $2 + $3}' "$work/time1"
}
read -r big big_cpu < <(for k in $(seq 7); do add_one "$work/idx2" "$k"; done | median)
read -r empty empty_cpu < <(for k in $(seq 7); do rm -rf "$work/empty"; add_one "$work/empty" "$((100 + k))"; done | median)
read -r unchanged unchanged_cpu < <(for k in $(seq 7); do
  /usr/bin/time -f "%e %U %S" -o "$work/time1" "$tandem" ingest "$work/pair1" --db "$work/idx2" --quiet
  awk '{print $1, $2 + $3}' "$work/time1"
done | median)
ms() { echo "$1 * 1000" | bc; }
printf "add one pair: %.0f ms (cpu %.0f ms) into the %s-unit index, %.0f ms (cpu %.0f ms) into an empty index: ratio %.2f\n" \
  "$(ms "$big")" "$(ms "$big_cpu")" "$written" "$(ms "$empty")" "$(ms "$empty_cpu")" "$(echo "$big / $empty" | bc -l)"
printf "the same pair again (unchanged): %.0f ms (cpu %.0f ms)\n" "$(ms "$unchanged")" "$(ms "$unchanged_cpu")"

if [ "$big_units" -gt 0 ]; then
  "$build/tools/bench/search_bench" --units "$big_units" --dir "$work/big" --no-shards > "$work/search_bench.txt"
  start=$(date +%s.%N)
  "$tandem" lexicon --relearn --db "$work/big/tandem" -q
  relearn=$(echo "$(date +%s.%N) - $start" | bc)
  in_big=$("$tandem" stats --db "$work/big/tandem" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["units"])')
  read -r huge huge_cpu < <(for k in $(seq 7); do add_one "$work/big/tandem" "$((200 + k))"; done | median)
  printf "add one pair: %.0f ms (cpu %.0f ms) into a %s-unit index built by search_bench: ratio to the empty index %.2f; its full relearn took %.1f s\n" \
    "$(ms "$huge")" "$(ms "$huge_cpu")" "$in_big" "$(echo "$huge / $empty" | bc -l)" "$relearn"
fi
