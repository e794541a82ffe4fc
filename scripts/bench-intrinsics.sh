#!/usr/bin/env bash
# Parse and evaluate cost of typical intrinsic function calls, in ns/op.
# Usage: scripts/bench-intrinsics.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -pl compiler -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
java -cp "compiler/target/test-classes:compiler/target/classes:dsl/target/classes:$(cat compiler/target/test.classpath)" \
  io.statecraft.compiler.intrinsic.IntrinsicBenchmark
