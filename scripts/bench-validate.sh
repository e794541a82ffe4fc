#!/usr/bin/env bash
# Time to validate the whole ASL corpus, cold (in a fresh JVM) and warm.
# Usage: scripts/bench-validate.sh [CORPUS_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -pl compiler -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
java -cp "compiler/target/test-classes:compiler/target/classes:dsl/target/classes:$(cat compiler/target/test.classpath)" \
  io.statecraft.compiler.validation.ValidationBenchmark "${1:-../shared/asl-corpus}"
