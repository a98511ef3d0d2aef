#!/usr/bin/env bash
# Solver step benchmark: ms per step of the spectral and finite-volume solvers (Java) at 256² and 1024², double and
# float, the spectral step against its FFTs alone, and a plain numpy/scipy peer (bench/solver/peer.py) timed in the
# same run. Prints a markdown table. Usage: bench/solver/run.sh [SIZES] [THREADS] [REPS] [ROUNDS] [BACKENDS]
# (default 256,1024 2 5 3 fftw,jtransforms). BACKENDS are the spectral step's FFT backends to time (the fv step always
# uses JTransforms); asking for fftw without libfftw3 is an error. Java and peer runs alternate ROUNDS times so that
# both see the same (shared) machine; the table reports, per case, the median over rounds of each round's median of
# REPS timings.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$root/bin/lib/java25.sh"
eddy_find_java25 || exit 2
sizes=${1:-256,1024}
threads=${2:-2}
reps=${3:-5}
rounds=${4:-3}
backends=${5:-fftw,jtransforms}
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
java=("$EDDY_JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$cp")
"${java[@]}" dev.eddy.solver.spectral.bench.SolverStepBenchmark check "$work" "$backends"
"$python" bench/solver/peer.py check "$work" >"$work/check.txt"
for round in $(seq "$rounds"); do
  "${java[@]}" -Xmx2g dev.eddy.solver.spectral.bench.SolverStepBenchmark "$sizes" "$threads" "$reps" "$backends" >>"$work/java.tsv"
  "$python" bench/solver/peer.py "$sizes" "$threads" "$reps" >>"$work/peer.tsv"
done
cat "$work/check.txt"
echo
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
"$python" - "$work/java.tsv" "$work/peer.tsv" "$threads" "$cpu" "$(nproc)" "$("$EDDY_JAVA_HOME/bin/java" -version 2>&1 | head -n 1)" "$rounds" <<'PY'
import statistics
import sys
def rows(path):
    return [l.rstrip("\n").split("\t") for l in open(path) if l.strip()]
java_runs, order = {}, []
for r in rows(sys.argv[1]):
    key = (r[1], r[2], r[3], r[8])
    if key not in java_runs:
        order.append(key)
        java_runs[key] = []
    java_runs[key].append(r)
peer_runs = {}
for r in rows(sys.argv[2]):
    peer_runs.setdefault((r[1], r[2], r[3]), []).append(float(r[5]))
peer = {k: statistics.median(v) for k, v in peer_runs.items()}
java_rows = []
for key in order:
    runs = java_runs[key]
    ms = statistics.median(float(r[5]) for r in runs)
    ffts = "-" if runs[0][6] == "-" else str(statistics.median(float(r[6]) for r in runs))
    java_rows.append(["java", key[0], key[1], key[2], runs[0][4], str(ms), ffts, runs[0][7], key[3]])
threads, cpu, cores, jvm, rounds = sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6], sys.argv[7]
print(f"Threads: {threads} (Java worker team and scipy.fft workers). CPU: {cpu}, {cores} cores. JVM: {jvm}. "
      f"Median over {rounds} alternating Java/peer rounds. Load average at the end: {open('/proc/loadavg').read().split()[:3]}.")
print()
print("| solver | N | precision | FFT | Java ms/step | peer ms/step | Java/peer | FFTs alone ms | step/FFTs |")
print("|---|---|---|---|---|---|---|---|---|")
for r in java_rows:
    _, solver, n, prec, _, ms, ffts, count, backend = r
    p = peer.get((solver, n, prec))
    ratio = f"{float(ms) / p:.2f}" if p else "-"
    fft_ms = f"{float(ffts):.2f} ({count} FFTs)" if ffts != "-" else "-"
    floor = f"{float(ms) / float(ffts):.2f}" if ffts != "-" else "-"
    print(f"| {solver} | {n}² | {prec} | {backend} | {float(ms):.2f} | {p:.2f} | {ratio} | {fft_ms} | {floor} |" if p else
          f"| {solver} | {n}² | {prec} | {backend} | {float(ms):.2f} | - | - | {fft_ms} | {floor} |")
PY
