#!/usr/bin/env bash
# Per-step cost of the differentiable learned-interpolation step (whole-unroll vs step-by-step VJP).
# Usage: bench/stencil/step-cost.sh [-Dbench.n=32 -Dbench.batch=8 -Dbench.unroll=4 -Dbench.layers=4 -Dbench.width=32
#        -Dbench.type=FLOAT -Dbench.repeats=5]
# Appends a markdown table to stencil/target/bench/step-cost.md and prints it.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64} ./mvnw -B -o -q -pl stencil -am test \
  -Dtest=StepCostBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Deddy.test.groups=benchmark -Deddy.test.excludedGroups=validation "$@"
cat stencil/target/bench/step-cost.md
