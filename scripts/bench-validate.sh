#!/usr/bin/env bash
# Time to validate the whole ASL corpus, cold (in a fresh JVM) and warm.
# Usage: scripts/bench-validate.sh [CORPUS_DIR]
set -euo pipefail
exec "$(dirname "$0")/run-compiler-test-main.sh" core io.statecraft.compiler.ValidationBenchmark "${1:-../shared/asl-corpus}"
