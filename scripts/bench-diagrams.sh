#!/usr/bin/env bash
# Diagram timings over ../shared/asl-corpus/real-world: the cold first SVG (ELK loading), then
# warm Mermaid and SVG per definition.
# Usage: scripts/bench-diagrams.sh [CORPUS_DIR]
set -euo pipefail
exec "$(dirname "$0")/run-compiler-test-main.sh" diagrams io.statecraft.diagrams.DiagramBenchmark "${1:-../shared/asl-corpus/real-world}"
