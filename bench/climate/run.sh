#!/usr/bin/env bash
# Benchmarks MM93 throughput (model years per CPU-minute, one thread). Usage: bench/climate/run.sh [seconds per case]
# Needs a build: ./mvnw -B -o -q -pl climate -am install -DskipTests
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$root/bin/lib/java25.sh"
eddy_find_java25 || exit 2
java_home=$EDDY_JAVA_HOME
shared=${EDDY_SHARED_DIR:-$root/../shared}
cd "$root/climate"
cp=$(JAVA_HOME="$java_home" "$root/mvnw" -B -o -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout 2>/dev/null)
echo "machine: $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) CPUs; $(date -u +%Y-%m-%dT%H:%MZ); java $("$java_home/bin/java" -version 2>&1 | head -1)"
exec "$java_home/bin/java" -Xmx1g -XX:+UseSerialGC -cp "$root/climate/target/classes:$cp" "$root/bench/climate/QgBenchmark.java" "$shared" "${1:-10}"
