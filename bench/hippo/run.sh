#!/usr/bin/env bash
# Builds eddy-hippo and runs the batched-encoder benchmark; prints a markdown table.
# Usage: bench/hippo/run.sh [repetitions] [tsm]  ("tsm": only the TSM operator, LagT-HTTYH)   (JAVA_HOME must point at a JDK 25)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
(cd "$root" && ./mvnw -B -o -q -pl hippo -am install -DskipTests)
math3="$HOME/.m2/repository/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar"
exec "$java" -Xmx4g -cp "$root/hippo/target/classes:$math3" "$root/bench/hippo/EncoderBenchmark.java" "${1:-5}" ${2:+"$2"}
