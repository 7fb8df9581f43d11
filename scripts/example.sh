#!/usr/bin/env bash
# Quick start, command 1: install what is missing, build in Release, and run
# dyad's main job on the bundled example articles (examples/): their events,
# one JSON line each.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh build
./build/dyad code examples/
