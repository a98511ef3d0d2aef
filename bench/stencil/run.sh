#!/usr/bin/env bash
# Training throughput of eddy's learned-interpolation (LI) step: Java/SameDiff (through Trainer, as `eddy train li`)
# against a PyTorch CPU peer of the same network and scheme (bench/stencil/peer_torch.py), in one run on one machine.
#
# Usage: bench/stencil/run.sh [THREADS] [STEPS] [PAPER_BATCH] [PAPER_UNROLL]
#   THREADS       thread counts to run, e.g. "1 2" (default "1 2"); OMP/OpenBLAS/MKL threads and torch.set_num_threads
#   STEPS         measured Adam steps per row after one warm-up step (default 3; medians are reported)
#   PAPER_BATCH, PAPER_UNROLL
#                 reduced batch and unroll at which the paper shape (64², CNN 6×256) is measured (default 1 and 2);
#                 the full paper Adam step (batch 64, unroll 32) is extrapolated linearly from it
# Shapes: small preset 32², batch 8, CNN 4×32 at unroll 8 and 4 (Java whole and stepped, PyTorch plain and with
# per-step recompute); paper shape at the reduced batch/unroll (Java stepped as the paper preset, PyTorch plain and
# recompute). float32 throughout. Writes stencil/target/bench/peer/results.txt and prints a markdown table.
# Needs Debian's python3-torch (/usr/bin/python3) and the offline Maven repository; about 6-10 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
THREADS=${1:-"1 2"}
STEPS=${2:-3}
PB=${3:-1}
PK=${4:-2}
PY=/usr/bin/python3
OUT=stencil/target/bench/peer
mkdir -p "$OUT"
RESULTS=$OUT/results.txt
: > "$RESULTS"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA_RUNS="small,whole,8,8;small,whole,8,4;small,stepped,8,8;small,stepped,8,4;paper,stepped,$PB,$PK"
# idle OpenMP threads sleep instead of spinning: on a shared, loaded machine spinning makes 2-thread runs of both
# sides collapse (set OMP_WAIT_POLICY=ACTIVE to measure the default on a quiet machine)
export OMP_WAIT_POLICY=${OMP_WAIT_POLICY:-PASSIVE}

{
  echo "INFO date=$(date -u +%Y-%m-%dT%H:%M:%SZ) host=$(hostname) cpu=\"$(lscpu | sed -n 's/^Model name:[[:space:]]*//p')\" cores=$(nproc) mem=\"$(free -g | awk '/^Mem:/{print $2" GiB"}')\""
  echo "INFO command=\"bench/stencil/run.sh '$THREADS' $STEPS $PB $PK\" commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- stencil bench || echo +dirty)"
  echo "INFO java=\"$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)\" torch=$($PY -c 'import torch; print(torch.__version__)') python=$($PY -c 'import platform; print(platform.python_version())')"
} >> "$RESULTS"

"$PY" bench/stencil/peer_torch.py --check | tee -a "$RESULTS"

# compile once and get the test classpath; the Java side runs in its own JVM (not Surefire, which pins
# OMP_NUM_THREADS to 1), from the module directory as Surefire would
./mvnw -B -o -q -pl stencil -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt > "$OUT/build.log" 2>&1 \
  || { echo "build failed, see $OUT/build.log" >&2; exit 1; }
CP="target/test-classes:target/classes:$(cat stencil/target/bench-classpath.txt)"
JVM=("$JAVA_HOME/bin/java" -Xmx4g -Dorg.bytedeco.javacpp.maxphysicalbytes=10g --enable-native-access=ALL-UNNAMED
  --sun-misc-unsafe-memory-access=allow -cp "$CP")

# the peer recomputes one Java FvStepGraph step (double, random stencils): both sides run the same scheme
(cd stencil && OMP_NUM_THREADS=1 "${JVM[@]}" dev.eddy.stencil.bench.PeerReferenceStep > "../$OUT/reference.log" 2>&1)
"$PY" bench/stencil/peer_torch.py --compare stencil/target/bench/peer-reference.txt | tee -a "$RESULTS"

for t in $THREADS; do
  export OMP_NUM_THREADS=$t OPENBLAS_NUM_THREADS=$t MKL_NUM_THREADS=$t
  echo "INFO threads=$t start load=\"$(cut -d' ' -f1-3 /proc/loadavg)\" at $(date -u +%H:%M:%S) OMP_WAIT_POLICY=$OMP_WAIT_POLICY" | tee -a "$RESULTS"
  (cd stencil && "${JVM[@]}" "-Dbench.runs=$JAVA_RUNS" "-Dbench.steps=$STEPS" "-Dbench.out=../$RESULTS" \
    dev.eddy.stencil.bench.TrainingThroughputBenchmark > "../$OUT/java-$t.log" 2>&1) \
    || { echo "Java benchmark failed, see $OUT/java-$t.log" >&2; exit 1; }
  grep "impl=java.*threads=$t " "$RESULTS" || true
  for k in 8 4; do
    for ck in "" --checkpoint; do
      "$PY" bench/stencil/peer_torch.py --n 32 --batch 8 --layers 4 --width 32 --unroll $k --threads "$t" \
        --steps "$STEPS" $ck | tee -a "$RESULTS"
    done
  done
  for ck in "" --checkpoint; do
    "$PY" bench/stencil/peer_torch.py --n 64 --batch "$PB" --layers 6 --width 256 --unroll "$PK" --threads "$t" \
      --steps "$STEPS" $ck | tee -a "$RESULTS"
  done
  echo "INFO threads=$t end load=\"$(cut -d' ' -f1-3 /proc/loadavg)\" at $(date -u +%H:%M:%S)" | tee -a "$RESULTS"
done

"$PY" bench/stencil/table.py "$RESULTS" | tee "$OUT/table.md"
