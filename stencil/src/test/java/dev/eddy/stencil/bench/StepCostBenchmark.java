package dev.eddy.stencil.bench;

import dev.eddy.stencil.model.BundlingSchedule;
import dev.eddy.stencil.model.CnnConfig;
import dev.eddy.stencil.model.HistoryFeatureSpec;
import dev.eddy.stencil.model.LiConfig;
import dev.eddy.stencil.model.TsmConfig;
import dev.eddy.stencil.step.BatchArrays;
import dev.eddy.stencil.step.FlowParameters;
import dev.eddy.stencil.train.SteppedObjective;
import dev.eddy.stencil.train.SyntheticFlows;
import dev.eddy.stencil.train.TsmObjective;
import dev.eddy.stencil.train.TsmSteppedObjective;
import dev.eddy.stencil.train.TsmUnrollObjective;
import dev.eddy.stencil.train.UnrolledObjective;
import dev.eddy.stencil.train.WholeUnrollObjective;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Per-step cost of the differentiable LI and TSM steps (not a test: it asserts nothing about speed). Wall times are inflated on a
 * shared machine; the calling thread's CPU time (ND4J ops run on it with {@code OMP_NUM_THREADS=1}) is the steadier
 * number. Run with
 * {@code bench/stencil/step-cost.sh}; writes a markdown table to {@code stencil/target/bench/step-cost.md}.
 * Shapes from system properties: {@code bench.n} (grid), {@code bench.batch}, {@code bench.unroll},
 * {@code bench.layers}, {@code bench.width}, {@code bench.type} (FLOAT or DOUBLE), {@code bench.repeats},
 * {@code bench.modes} (any of whole, stepped, tsm-whole, tsm-stepped); TSM: {@code bench.hippoOrder},
 * {@code bench.history}, {@code bench.bundle} (fixed cadence; the CNN is the LI one with B·8·15 outputs).
 */
@Tag("benchmark")
class StepCostBenchmark {

    @Test
    void measure() throws IOException {
        int n = Integer.getInteger("bench.n", 32);
        int batch = Integer.getInteger("bench.batch", 8);
        int unroll = Integer.getInteger("bench.unroll", 4);
        int layers = Integer.getInteger("bench.layers", 4);
        int width = Integer.getInteger("bench.width", 32);
        int repeats = Integer.getInteger("bench.repeats", 5);
        DataType type = DataType.valueOf(System.getProperty("bench.type", "FLOAT"));
        Nd4j.setDefaultDataTypes(type, type);
        FlowParameters flow = FlowParameters.kolmogorov(n);
        LiConfig config = LiConfig.published(new CnnConfig(layers, width, 0.1, 7));
        double[][][] initial = new double[batch][][];
        for (int b = 0; b < batch; b++) {
            initial[b] = SyntheticFlows.divergenceFree(n, 4, 7.0, 100 + b);
        }
        INDArray w0 = BatchArrays.toArray(initial, n, type);
        INDArray targets = Nd4j.rand(type, batch, unroll, 2, n, n);
        StringBuilder table = new StringBuilder();
        TsmConfig tsm = new TsmConfig(config.cnn(), HistoryFeatureSpec.publishedHippo(
                Integer.getInteger("bench.hippoOrder", 32), Integer.getInteger("bench.history", 8)),
                new BundlingSchedule(Integer.getInteger("bench.bundle", 4), BundlingSchedule.Cadence.FIXED), config);
        INDArray features0 = Nd4j.rand(type, batch, tsm.features().channels(), n, n).subi(0.5);
        for (String mode : System.getProperty("bench.modes", "whole,stepped").split(",")) {
            long t0 = System.nanoTime();
            Measured objective = switch (mode) {
                case "whole" -> Measured.of(new WholeUnrollObjective(flow, config, unroll, type), w0, targets);
                case "stepped" -> Measured.of(new SteppedObjective(flow, config, unroll, batch, type), w0, targets);
                case "tsm-whole" -> Measured.of(new TsmUnrollObjective(flow, tsm, unroll, type), w0, features0,
                        targets);
                case "tsm-stepped" -> Measured.of(new TsmSteppedObjective(flow, tsm, unroll, batch, type), w0,
                        features0, targets);
                default -> throw new IllegalArgumentException("unknown bench mode " + mode);
            };
            double build = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            objective.evaluate();
            double first = (System.nanoTime() - t0) / 1e9;
            double[] evals = new double[repeats];
            double[] evalCpu = new double[repeats];
            double[] evalProcessCpu = new double[repeats];
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            double[] forwards = new double[repeats];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int r = 0; r < repeats; r++) {
                t0 = System.nanoTime();
                long c0 = threads.getCurrentThreadCpuTime();
                long p0 = os.getProcessCpuTime();
                objective.evaluate();
                evalCpu[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                evalProcessCpu[r] = (os.getProcessCpuTime() - p0) / 1e6;
                evals[r] = (System.nanoTime() - t0) / 1e6;
                t0 = System.nanoTime();
                objective.loss();
                forwards[r] = (System.nanoTime() - t0) / 1e6;
                System.gc();
            }
            double eval = median(evals);
            double cpu = median(evalCpu);
            table.append(String.format("| %s | %d | %d | %d | %d×%d | %s | %d | %.2f | %.2f | %.0f | %.0f | %.0f | %.0f |"
                    + " %.0f | %.0f | %s |%n", mode, n, batch, unroll, layers, width, type, objective.ops(), build,
                    first, eval, eval / unroll, cpu, cpu / unroll, median(evalProcessCpu), median(forwards), peakRss()));
        }
        Path out = Path.of("target", "bench", "step-cost.md");
        Files.createDirectories(out.getParent());
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        String header = "<!-- " + Instant.now() + ", " + System.getProperty("os.arch") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, OMP_NUM_THREADS="
                + System.getenv("OMP_NUM_THREADS") + ", loadavg " + load + " -->\n"
                + "| mode | N | batch | unroll | CNN | type | ops | build s | first eval s | eval wall ms | wall ms/step |"
                + " eval thread-CPU ms | CPU ms/step | eval process-CPU ms | loss-only wall ms | peak RSS |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";
        Files.writeString(out, header + table, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    /** One objective with its inputs bound, so that LI and TSM modes are timed alike. */
    private record Measured(Runnable evaluation, Runnable lossOnly, IntSupplier graphOps) {

        static Measured of(UnrolledObjective o, INDArray w0, INDArray targets) {
            return new Measured(() -> o.evaluate(w0, targets), () -> o.loss(w0, targets), o::graphOps);
        }

        static Measured of(TsmObjective o, INDArray w0, INDArray features0, INDArray targets) {
            return new Measured(() -> o.evaluate(w0, features0, targets), () -> o.loss(w0, features0, targets),
                    o::graphOps);
        }

        void evaluate() {
            evaluation.run();
        }

        void loss() {
            lossOnly.run();
        }

        int ops() {
            return graphOps.getAsInt();
        }
    }

    /** VmHWM of this JVM (peak resident set, process-wide: run one mode per JVM to attribute it). */
    private static String peakRss() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return String.format("%.2f GB", Long.parseLong(line.replaceAll("[^0-9]", "")) / 1048576.0);
            }
        }
        return "?";
    }

    private static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
