#!/usr/bin/env bash
# tandem next to hunalign on ../shared/data/parl-dev, in one run: F1 per
# document (../shared/eval/align_eval.py), wall time of each tool, tandem's
# confidence calibration table and the seed document's F1.
#
# hunalign (github.com/danielvarga/hunalign, LGPL) is not packaged in Debian.
# This script builds it from source in a temporary folder that is removed at
# exit; nothing of hunalign, nor the dictionary made for it, is kept. Source:
#   HUNALIGN_SRC   a git dir (bare or not) or a source folder holding
#                  src/hunalign/Makefile; or else
#   $(git rev-parse --show-toplevel)/../.mirror/danielvarga+hunalign*
#                  (a bare snapshot, or one with a repo/ git dir inside).
# Only src/ is taken from a git dir (git archive HEAD:src): the snapshot's
# large data files may be absent and are not needed. When no source is found,
# or the build fails, hunalign is skipped with a message and tandem still runs.
#
# Build: `make` in src/hunalign with its own Makefile flags
# (-O9 -ffast-math -funroll-loops). The snapshot tested (2fbcbc9) builds
# unchanged with g++ 12 (only "deprecated header" warnings from <ext/hash_map>
# style includes), so no source fix is applied; should a newer compiler reject
# it, set HUNALIGN_CXXFLAGS (e.g. -fpermissive), appended to the Makefile's
# CPPFLAGS in the temporary copy only.
#
# How hunalign is run (also printed in the header): French is the source
# text, Dutch the target; each paragraph is one input line, tokenised and
# lowercased (tokens separated by spaces, punctuation split off); the
# dictionary is made from Debian's FreeDict French-Dutch dictionary
# (dict-freedict-fra-nld, installed by tools/install-deps.sh) as lines
# "nl words @ fr words" (hunalign's README: target language phrase first);
#   hunalign -realign -utf fr-nl.hunalign.dic docNN.fr.tok docNN.nl.tok
# and its ladder output is mapped back to the original paragraphs.
# Details in tools/bench/align_compare.py.
#
# Usage: tools/bench/align_compare.sh [BUILD_DIR]
#   TANDEM=path/to/tandem overrides BUILD_DIR/tools/tandem/tandem;
#   TANDEM_SHARED_DIR overrides ../shared (relative to the repository root).
# Exit 0 (also when ../shared/data is absent: nothing to compare), 1 if a
# tool failed on a document, 2 if tandem is not built.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
build=${1:-build/default}
tandem=${TANDEM:-$build/tools/tandem/tandem}
shared=${TANDEM_SHARED_DIR:-../shared}

if [ ! -f "$shared/data/parl-dev/manifest.json" ] || [ ! -f "$shared/eval/align_eval.py" ]; then
  echo "align_compare: skipped, $shared/data/parl-dev (or $shared/eval) is not here"
  exit 0
fi
[ -x "$tandem" ] || { echo "build first: cmake --build --preset default (no $tandem)" >&2; exit 2; }
case $tandem in /*) ;; *) tandem=$root/$tandem ;; esac

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

# Finds hunalign's source and copies it to $tmp/hunalign; prints what it used.
fetch_source() {
  local candidates=() c top
  if [ -n "${HUNALIGN_SRC:-}" ]; then
    candidates=("$HUNALIGN_SRC")
  else
    top=$(git rev-parse --show-toplevel 2>/dev/null || echo "$root")
    for c in "$(cd "$top/.." && pwd)"/.mirror/danielvarga+hunalign*; do
      [ -e "$c" ] && candidates+=("$c" "$c/repo")
    done
  fi
  for c in "${candidates[@]}"; do
    if [ -f "$c/src/hunalign/Makefile" ]; then
      rm -rf "$tmp/hunalign" && mkdir -p "$tmp/hunalign" && cp -r "$c/src" "$tmp/hunalign/"
      echo "source folder $c"
      return 0
    fi
    if [ -d "$c" ] && git --git-dir="$c" rev-parse -q --verify "HEAD^{commit}" >/dev/null 2>&1; then
      rm -rf "$tmp/hunalign" && mkdir -p "$tmp/hunalign"
      if git --git-dir="$c" archive --format=tar --prefix=src/ HEAD:src | tar -x -C "$tmp/hunalign"; then
        echo "git $c at $(git --git-dir="$c" rev-parse --short HEAD)"
        return 0
      fi
    fi
    if [ -d "$c/.git" ] && git -C "$c" rev-parse -q --verify "HEAD^{commit}" >/dev/null 2>&1; then
      rm -rf "$tmp/hunalign" && mkdir -p "$tmp/hunalign"
      if git -C "$c" archive --format=tar --prefix=src/ HEAD:src | tar -x -C "$tmp/hunalign"; then
        echo "git $c at $(git -C "$c" rev-parse --short HEAD)"
        return 0
      fi
    fi
  done
  return 1
}

hunalign_args=()
if origin=$(fetch_source); then
  echo "building hunalign from $origin in a temporary folder ..."
  src=$tmp/hunalign/src/hunalign
  flags="-O9 -ffast-math -funroll-loops -I ../include ${HUNALIGN_CXXFLAGS:-}"
  start=$(date +%s)
  if make -C "$src" -j2 CPPFLAGS="$flags" hunalign >"$tmp/hunalign-build.log" 2>&1 && [ -x "$src/hunalign" ]; then
    info="built from $origin with $(g++ --version | head -1) (CPPFLAGS: $flags) in $(( $(date +%s) - start )) s"
    hunalign_args=(--hunalign "$src/hunalign" --hunalign-info "$info")
  else
    echo "hunalign: skipped, its build failed; last lines of the log:"
    tail -15 "$tmp/hunalign-build.log"
    hunalign_args=(--hunalign-info "build failed")
  fi
else
  echo "hunalign: skipped, no source found (set HUNALIGN_SRC to a hunalign git dir or source folder)"
  hunalign_args=(--hunalign-info "no source: set HUNALIGN_SRC")
fi
echo

mkdir -p "$tmp/work"
python3 tools/bench/align_compare.py --shared "$shared" --tandem "$tandem" --work "$tmp/work" \
  "${hunalign_args[@]}"
