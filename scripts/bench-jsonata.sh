#!/usr/bin/env bash
# Parse and evaluate cost of JSONata expressions (the w5 workload's among them), in ns/op.
# Usage: scripts/bench-jsonata.sh
set -euo pipefail
exec "$(dirname "$0")/run-compiler-test-main.sh" core io.statecraft.compiler.internal.jsonata.JsonataBenchmark
