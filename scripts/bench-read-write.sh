#!/usr/bin/env bash
# Read+write throughput of the ASL reader/writer over ../shared/asl-corpus, in MB/s.
# Usage: scripts/bench-read-write.sh [CORPUS_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -pl compiler -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
java -cp "compiler/target/test-classes:compiler/target/classes:dsl/target/classes:$(cat compiler/target/test.classpath)" \
  io.statecraft.compiler.ReadWriteBenchmark "${1:-../shared/asl-corpus}"
