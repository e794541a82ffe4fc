#!/usr/bin/env bash
# Diagram timings over ../shared/asl-corpus/real-world: the cold first SVG (ELK loading), then
# warm Mermaid and SVG per definition.
# Usage: scripts/bench-diagrams.sh [CORPUS_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -pl compiler -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
java -cp "compiler/target/test-classes:compiler/target/classes:dsl/target/classes:$(cat compiler/target/test.classpath)" \
  io.statecraft.compiler.diagram.DiagramBenchmark "${1:-../shared/asl-corpus/real-world}"
