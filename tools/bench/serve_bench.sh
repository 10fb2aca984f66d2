#!/usr/bin/env bash
# Load on the workbench's search endpoint over loopback: wrk (Debian) against
# `tandem serve`, on corpus/ plus COPIES renamed copies of its FR/NL pairs.
# Prints requests/s and latency percentiles (p50, p99) of
#   search   GET /api/search, 14 FR/NL queries in turn (serve_queries.lua);
#   static   GET /static/workbench.css, the server's floor (no search),
# as medians of RUNS runs of DURATION each, and search/static ratios.
# Usage: tools/bench/serve_bench.sh [BUILD_DIR]   (env: COPIES=40 RUNS=3 DURATION=10s CONNECTIONS=8, the server's threads)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/default}
tandem=$build/tools/tandem/tandem
copies=${COPIES:-40} runs=${RUNS:-3} duration=${DURATION:-10s} connections=${CONNECTIONS:-8}
command -v wrk >/dev/null || { echo "wrk missing: tools/install-deps.sh installs it" >&2; exit 2; }
[ -x "$tandem" ] || { echo "build first: cmake --build --preset default" >&2; exit 2; }

work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

mkdir -p "$work/copies"
for i in $(seq "$copies"); do
  for f in corpus/pairs/*.txt corpus/review/*.txt; do
    base=$(basename "$f"); cp "$f" "$work/copies/c$i-$base"
  done
done
"$tandem" ingest -q --db "$work/index" corpus "$work/copies"
units=$("$tandem" stats --db "$work/index" --json | sed -n 's/.*"units": *\([0-9]*\).*/\1/p' | head -1)

"$tandem" serve -q --port 0 --db "$work/index" --threads 8 > "$work/serve.out" &
server=$!
for _ in $(seq 100); do grep -q http "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
url=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve.out")

# wrk --latency output -> "requests/s p50_ms p99_ms"
measure() {
  wrk -t2 -c"$connections" -d"$duration" --latency "$@" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^Requests\/sec/ { rps = $2 }
    /Non-2xx/ { bad = $NF } /Socket errors/ { err = $0 }
    END { if (bad != "" || err != "") print "warning: " bad " non-2xx; " err > "/dev/stderr"; printf "%.0f %.2f %.2f\n", rps, p50, p99 }'
}
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

wrk -t1 -c4 -d2s -s tools/bench/serve_queries.lua "$url" >/dev/null  # warm the caches
: > "$work/search" ; : > "$work/static"
for _ in $(seq "$runs"); do
  measure -s tools/bench/serve_queries.lua "$url" >> "$work/search"
  measure "$url/static/workbench.css" >> "$work/static"
done
row() {  # label file
  local rps p50 p99
  rps=$(cut -d' ' -f1 "$2" | median); p50=$(cut -d' ' -f2 "$2" | median); p99=$(cut -d' ' -f3 "$2" | median)
  printf "%-8s %8s req/s   p50 %7s ms   p99 %7s ms\n" "$1" "$rps" "$p50" "$p99"
  echo "$rps $p50 $p99" > "$2.median"
}
echo "tandem serve: $units units, wrk -t2 -c$connections -d$duration, medians of $runs runs, $(nproc) cores"
row search "$work/search"
row static "$work/static"
read -r srps sp50 sp99 < "$work/search.median"
read -r trps tp50 tp99 < "$work/static.median"
awk -v a="$srps" -v b="$trps" -v c="$sp99" -v d="$tp99" 'BEGIN {
  printf "search/static: %.2fx the requests/s, %.1fx the p99\n", a / b, c / d }'
