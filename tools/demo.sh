#!/usr/bin/env bash
# The main job on the bundled corpus: install what is missing, build
# (Release), ingest corpus/ into the default index, and search it in French
# and in Dutch. Usage: tools/demo.sh   (from anywhere in the repository)
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
