#!/usr/bin/env bash
# The main job on the bundled corpus: install what is missing, build
# (Release), ingest corpus/ into the default index, search it in French and
# in Dutch, and start the web workbench on it in the background (its URL is
# the last line). Usage: tools/demo.sh   (from anywhere in the repository)
# TANDEM_PORT (default 8080) picks the port; another free one is taken when
# it is busy. Stop the workbench with: kill "$(cat build/default/tandem-serve.pid)"
set -euo pipefail
cd "$(dirname "$0")/.."

tools/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default

tandem=build/default/tools/tandem/tandem
db_args=()
if [ -n "${TANDEM_DB:-}" ]; then db_args=(--db "$TANDEM_DB"); fi

echo
echo "== tandem ingest corpus/"
"$tandem" ingest corpus "${db_args[@]}"
echo
echo "== tandem stats"
"$tandem" stats "${db_args[@]}"
echo
echo "== tandem search \"avoirs russes immobilisés\"   (French query, Dutch counterparts)"
"$tandem" search "${db_args[@]}" --limit 3 "avoirs russes immobilisés"
echo
echo "== tandem search \"territoriale integriteit\"   (Dutch query, French counterparts)"
"$tandem" search "${db_args[@]}" --limit 3 "territoriale integriteit"
echo
echo "The command is $tandem; try: $tandem search --help"

# The workbench, in the background; a workbench this script started before is
# stopped first, so that it runs the binary just built.
pidfile=build/default/tandem-serve.pid
if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
  kill "$(cat "$pidfile")"
  while kill -0 "$(cat "$pidfile")" 2>/dev/null; do sleep 0.1; done
fi
log=build/default/tandem-serve.log
start_workbench() {  # port
  nohup "$tandem" serve "${db_args[@]}" --redlines corpus/redlines --port "$1" > "$log" 2>&1 &
  echo $! > "$pidfile"
  for _ in $(seq 50); do
    grep -q "http://" "$log" 2>/dev/null && return 0
    kill -0 "$(cat "$pidfile")" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}
start_workbench "${TANDEM_PORT:-8080}" || start_workbench 0 || { cat "$log" >&2; exit 2; }
url=$(grep -o 'http://[^ ]*' "$log" | head -1)
echo
echo "== the workbench runs in the background (pid $(cat "$pidfile"), log $log); stop it with: kill \$(cat $pidfile)"
echo "Workbench: $url"
