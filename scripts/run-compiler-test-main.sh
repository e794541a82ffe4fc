#!/usr/bin/env bash
# Builds a compiler module and its test classes, then runs a main class from its test sources:
# the benchmarks of the compiler are plain mains there, not tests.
# Usage: scripts/run-compiler-test-main.sh MODULE MAIN_CLASS [ARGS...]   (MODULE: core, diagrams, import)
set -euo pipefail
cd "$(dirname "$0")/.."
module="compiler/$1"
shift
mvn -q -B -pl "$module" -am install -DskipTests
mvn -q -B -pl "$module" test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
main="$1"
shift
exec java -cp "$module/target/test-classes:$module/target/classes:$(cat "$module/target/test.classpath")" \
  "$main" "$@"
