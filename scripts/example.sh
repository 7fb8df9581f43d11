#!/usr/bin/env bash
# Quick start, command 1: install what is missing, build in Release, and run
# dyad's main job on the bundled example.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh build
./build/dyad dict stats
