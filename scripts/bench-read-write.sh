#!/usr/bin/env bash
# Read+write throughput of the ASL reader/writer over ../shared/asl-corpus, in MB/s.
# Usage: scripts/bench-read-write.sh [CORPUS_DIR]
set -euo pipefail
exec "$(dirname "$0")/run-compiler-test-main.sh" core io.statecraft.compiler.ReadWriteBenchmark "${1:-../shared/asl-corpus}"
