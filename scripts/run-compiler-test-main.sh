#!/usr/bin/env bash
# Builds the compiler and its test classes, then runs a main class from its test sources: the
# benchmarks of the compiler are plain mains there, not tests.
# Usage: scripts/run-compiler-test-main.sh MAIN_CLASS [ARGS...]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -pl compiler -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
main="$1"
shift
exec java -cp "compiler/target/test-classes:compiler/target/classes:dsl/target/classes:$(cat compiler/target/test.classpath)" \
  "$main" "$@"
