#!/usr/bin/env bash
# Smoke run of every fuzzer built in BUILD (the fuzz preset's folder) for
# SECONDS each (default 20) on its seed corpus; fails on the first finding
# (crash, sanitizer report, leak, timeout, out of memory) and leaves the input
# that caused it in BUILD/fuzz-findings/.
# Usage: tests/fuzz/run.sh [BUILD] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build/fuzz}"
seconds="${2:-${TANDEM_FUZZ_SECONDS:-20}}"
seeds="$build/fuzz-seeds"
rm -rf "$seeds"
python3 tests/fuzz/make_seeds.py "$seeds"
mkdir -p "$build/fuzz-findings"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:allocator_may_return_null=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
for fuzzer in read_txt read_html read_xml read_pdf read_docx redlines search workbench; do
  name="${fuzzer}_fuzzer"
  corpus="$build/fuzz-corpus/$name"
  mkdir -p "$corpus" "$seeds/$name"
  log="$build/fuzz-findings/$name.log"
  if ! "$build/tests/fuzz/$name" "$corpus" "$seeds/$name" -max_total_time="$seconds" -timeout=20 \
      -rss_limit_mb=2560 -max_len=65536 -print_final_stats=1 \
      -artifact_prefix="$build/fuzz-findings/$name-" >"$log" 2>&1; then
    tail -n 60 "$log" >&2
    echo "fuzz: $name found a problem; the input is in $build/fuzz-findings/ (log: $log)" >&2
    exit 1
  fi
  runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')"
  echo "fuzz: $name: $runs runs in ${seconds}s, no finding"
done
