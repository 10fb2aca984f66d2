#!/usr/bin/env bash
# Red-line check benchmark: a 200-page bilingual draft against 50 dossiers
# (500 rules). check_bench prints the library's figures (median of in-process
# runs, next to a linter's substring search); then the whole
# `tandem check --parity --json` command on the same files written to disk:
# median wall time over 5 runs and its peak memory.
# Usage: tools/bench/check_bench.sh [BUILD_DIR] [PAGES]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/default}
pages=${2:-200}
tandem=$build/tools/tandem/tandem
bench=$build/tools/bench/check_bench
[ -x "$tandem" ] && [ -x "$bench" ] || { echo "build first: cmake --build --preset default" >&2; exit 2; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$bench" --pages "$pages" --repeat 5 --write "$dir"
for _ in 1 2 3 4 5; do
  /usr/bin/time -f "%e %M" -o "$dir/time" "$tandem" check "$dir/draft.fr.txt" "$dir/draft.nl.txt" \
    --redlines "$dir/redlines" --parity --json >/dev/null || [ $? -eq 1 ]
  grep -v "^Command" "$dir/time"
done | sort -n | awk '{ s[NR] = $1; m[NR] = $2 } END {
  printf "tandem check    %8.0f ms   (whole command: read, check, parity, JSON; median of %d)\n", s[int((NR + 1) / 2)] * 1000, NR
  printf "peak memory     %8.0f MiB  (whole command)\n", m[int((NR + 1) / 2)] / 1024 }'
