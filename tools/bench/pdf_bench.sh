#!/usr/bin/env bash
# PDF ingest benchmark, next to `pdftotext` (poppler-utils, no layout
# analysis) on the same file, as ratios of medians over repeated runs:
#   read   the ingest stage alone (Poppler words, layout analysis,
#          dehyphenation, language split), read_bench in one process;
#   align  the whole `tandem align --format jsonl` command (read, align, QA).
# For the dev PDF (when ../shared is present) and a generated 500-page
# two-column PDF. Usage: tools/bench/pdf_bench.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/default}
tandem=$build/tools/tandem/tandem
maker=$build/tools/bench/make_bench_pdf
reader=$build/tools/bench/read_bench
command -v pdftotext >/dev/null || { echo "pdftotext missing: tools/install-deps.sh installs poppler-utils" >&2; exit 2; }
[ -x "$tandem" ] && [ -x "$maker" ] && [ -x "$reader" ] || { echo "build first: cmake --build --preset default" >&2; exit 2; }

median_ms() {  # median wall time of "$@" over $runs runs, in ms
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
  done | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

compare() {  # label file
  local r a p
  p=$(median_ms pdftotext "$2" -)
  r=$("$reader" "$2" "$runs")
  a=$(median_ms "$tandem" align "$2" --format jsonl)
  awk -v l="$1" -v r="$r" -v a="$a" -v p="$p" 'BEGIN {
    printf "%-26s pdftotext %5d ms   read %5d ms (%.2fx)   align %5d ms (%.2fx)\n", l, p, r, r / p, a, a / p }'
}

if [ -f ../shared/data/seed001-dev.pdf ]; then
  runs=11 compare "dev PDF (27 pages)" ../shared/data/seed001-dev.pdf
else
  echo "dev PDF: skipped, ../shared/data is not here"
fi
pdf=$(mktemp --suffix=.pdf)
trap 'rm -f "$pdf"' EXIT
"$maker" "$pdf" 500
runs=5 compare "generated PDF (500 pages)" "$pdf"
