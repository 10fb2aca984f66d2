#!/usr/bin/env bash
# Installs the Debian 12 packages tandem needs to build, test and run.
# Idempotent: installs only what is missing and says what it installs.
# Uses sudo when not root. Usage: tools/install-deps.sh
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git python3
  # the second compiler: clang 14 with libFuzzer and the sanitizer runtimes (the fuzz preset)
  clang-14 libclang-rt-14-dev
  # pipeline dependencies
  libicu-dev libxml2-dev libpoppler-cpp-dev libxapian-dev xapian-tools zlib1g-dev libzip-dev
  # Snowball stemmers for red-line matching (Xapian keeps its own copy inside the index)
  libstemmer-dev
  # the web workbench (tandem serve): cpp-httplib
  libcpp-httplib-dev
  # the general French-Dutch dictionary the lexicon reads at run time
  dict-freedict-fra-nld
  # and the Dutch-French one, which search also translates with
  dict-freedict-nld-fra
  # command line and support libraries
  libcli11-dev nlohmann-json3-dev libfmt-dev libexpected-dev
  # tests: GoogleTest, and cairo to draw PDF fixtures
  libgtest-dev libgmock-dev libcairo2-dev fonts-dejavu-core
  # tests: headless Chromium renders the HTML review page
  chromium
  # benchmarks: pdftotext is the baseline of the PDF benchmark; wrk loads the workbench
  poppler-utils wrk
  # tests: qpdf encrypts a PDF fixture
  qpdf
)

# Node.js runs the workbench's end-to-end tests; a node already on the PATH
# (such as NodeSource's, whose package conflicts with Debian's npm) is kept.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then packages+=(nodejs npm); fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed" >&2
else
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "install-deps: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  echo "install-deps: done" >&2
fi

# playwright-core (npm), pinned by tests/e2e/package-lock.json; it drives
# Debian's chromium and downloads no browser of its own.
e2e="$(dirname "$0")/../tests/e2e"
if [ ! -f "$e2e/node_modules/playwright-core/package.json" ]; then
  echo "install-deps: installing playwright-core into tests/e2e (npm ci)" >&2
  (cd "$e2e" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
