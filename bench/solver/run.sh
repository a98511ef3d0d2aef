#!/usr/bin/env bash
# Solver step benchmark: ms per step of the spectral and finite-volume solvers (Java) at 256² and 1024², double and
# float, the spectral step against its FFTs alone, and a plain numpy/scipy peer (bench/solver/peer.py) timed in the
# same run. Prints a markdown table. Usage: bench/solver/run.sh [SIZES] [THREADS] [REPS]   (default 256,1024 2 7)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$root/bin/lib/java25.sh"
eddy_find_java25 || exit 2
sizes=${1:-256,1024}
threads=${2:-2}
reps=${3:-7}
python=/usr/bin/python3
if ! "$python" -c 'import numpy, scipy' 2>/dev/null; then
  echo "bench: the peer needs Debian's python3-numpy and python3-scipy (apt-get install -y python3-numpy python3-scipy)" >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
JAVA_HOME="$EDDY_JAVA_HOME" ./mvnw -B -q -o -pl solver -am install -DskipTests >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
JAVA_HOME="$EDDY_JAVA_HOME" ./mvnw -B -q -o -pl solver test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
cp="solver/target/classes:solver/target/test-classes:$(cat "$work/cp.txt")"
"$EDDY_JAVA_HOME/bin/java" -cp "$cp" dev.eddy.solver.spectral.bench.SolverStepBenchmark check "$work"
"$python" bench/solver/peer.py check "$work" >"$work/check.txt"
"$EDDY_JAVA_HOME/bin/java" -Xmx6g -cp "$cp" dev.eddy.solver.spectral.bench.SolverStepBenchmark "$sizes" "$threads" "$reps" >"$work/java.tsv"
"$python" bench/solver/peer.py "$sizes" "$threads" "$reps" >"$work/peer.tsv"
cat "$work/check.txt"
echo
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
"$python" - "$work/java.tsv" "$work/peer.tsv" "$threads" "$cpu" "$(nproc)" "$("$EDDY_JAVA_HOME/bin/java" -version 2>&1 | head -n 1)" <<'PY'
import sys
java_rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
peer = {(r[1], r[2], r[3]): float(r[5]) for r in (l.split("\t") for l in open(sys.argv[2]).read().split("\n") if l.strip())}
threads, cpu, cores, jvm = sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6]
print(f"Threads: {threads} (Java worker team and scipy.fft workers). CPU: {cpu}, {cores} cores. JVM: {jvm}.")
print()
print("| solver | N | precision | Java ms/step | peer ms/step | Java/peer | FFTs alone ms | step/FFTs |")
print("|---|---|---|---|---|---|---|---|")
for r in java_rows:
    _, solver, n, prec, _, ms, ffts, count = r
    p = peer.get((solver, n, prec))
    ratio = f"{float(ms) / p:.2f}" if p else "-"
    fft_ms = f"{float(ffts):.2f} ({count} FFTs)" if ffts != "-" else "-"
    floor = f"{float(ms) / float(ffts):.2f}" if ffts != "-" else "-"
    print(f"| {solver} | {n}² | {prec} | {float(ms):.2f} | {p:.2f} | {ratio} | {fft_ms} | {floor} |" if p else
          f"| {solver} | {n}² | {prec} | {float(ms):.2f} | - | - | {fft_ms} | {floor} |")
PY
