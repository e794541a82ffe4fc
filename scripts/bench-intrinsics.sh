#!/usr/bin/env bash
# Parse and evaluate cost of typical intrinsic function calls, in ns/op.
# Usage: scripts/bench-intrinsics.sh
set -euo pipefail
exec "$(dirname "$0")/run-compiler-test-main.sh" core io.statecraft.compiler.internal.intrinsic.IntrinsicBenchmark
