package dev.eddy.stencil.bench;

import dev.eddy.stencil.step.FlowParameters;
import dev.eddy.stencil.train.SteppedObjective;
import dev.eddy.stencil.train.SyntheticFlows;
import dev.eddy.stencil.train.Trainer;
import dev.eddy.stencil.train.TrainingObjective;
import dev.eddy.stencil.train.TrainingRecipe;
import dev.eddy.stencil.train.TrajectoryWindows;
import dev.eddy.stencil.train.UnrolledObjective;
import dev.eddy.stencil.train.WholeUnrollObjective;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Adam steps per second of LI training through {@link Trainer} (the path of {@code eddy train li}: objective →
 * gradients → double-precision {@code AdamW} → parameters back into the graph), for the PyTorch peer comparison of
 * {@code bench/stencil/run.sh}. Not a test: it asserts nothing about speed.
 *
 * <p>System property {@code bench.runs}: runs separated by {@code ;}, each {@code preset,mode,batch,unroll[,n]}
 * ({@code preset} small|paper from {@link TrainingRecipe}, {@code mode} whole|stepped; {@code n} defaults to 32 for
 * small and 64 for paper). {@code bench.steps}: measured Adam steps after one warm-up step (the warm-up builds the
 * gradient graph). {@code bench.jitWarmup}: untimed runs in the same format done first (JIT warm-up; empty for
 * none). The training data are synthetic divergence-free fields (cost does not depend on them). Thread count:
 * {@code OMP_NUM_THREADS} (Surefire pins it to 1; {@link #main} is for other counts). Appends one
 * {@code RESULT key=value …} line per run to {@code bench.out} (default {@code stencil/target/bench/throughput.txt}).
 */
@Tag("benchmark")
class TrainingThroughputBenchmark {

    /** Untimed runs first, so that the timed ones see JIT-compiled SameDiff session code (both modes). */
    private static final String JIT_WARMUP = "small,whole,8,2;small,stepped,8,2";

    @Test
    void measure() throws IOException {
        run(System.getProperty("bench.runs", "small,whole,8,8"), Integer.getInteger("bench.steps", 3),
                System.getProperty("bench.jitWarmup", JIT_WARMUP));
    }

    /**
     * Entry point for {@code bench/stencil/run.sh}, which launches the JVM itself so that {@code OMP_NUM_THREADS}
     * reaches ND4J (Surefire pins it to 1); same system properties as {@link #measure()}.
     */
    public static void main(String[] args) throws IOException {
        run(System.getProperty("bench.runs", "small,whole,8,8"), Integer.getInteger("bench.steps", 3),
                System.getProperty("bench.jitWarmup", JIT_WARMUP));
    }

    private static void run(String runs, int steps, String jitWarmup) throws IOException {
        for (String warm : jitWarmup.split(";")) {
            if (!warm.isBlank()) {
                measure(warm.strip().split(","), 5);
            }
        }
        Path out = Path.of(System.getProperty("bench.out", "target/bench/throughput.txt"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        for (String run : runs.split(";")) {
            System.gc();
            String line = measure(run.strip().split(","), steps);
            Files.writeString(out, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private static String measure(String[] spec, int steps) {
        String preset = spec[0];
        String mode = spec[1];
        int batch = Integer.parseInt(spec[2]);
        int unroll = Integer.parseInt(spec[3]);
        int n = spec.length > 4 ? Integer.parseInt(spec[4]) : preset.equals("paper") ? 64 : 32;
        TrainingRecipe recipe = TrainingRecipe.parse("preset: " + preset + "\nmode: " + mode + "\nbatch: " + batch
                + "\nunroll: " + unroll + "\nsteps: " + (steps + 100) + "\nwarmup: 10\n");
        FlowParameters flow = FlowParameters.kolmogorov(n);
        long t0 = System.nanoTime();
        TrainingObjective objective = recipe.stepped()
                ? new SteppedObjective(flow, recipe.liConfig(), unroll, batch, recipe.precision())
                : new WholeUnrollObjective(flow, recipe.liConfig(), unroll, recipe.precision());
        double build = (System.nanoTime() - t0) / 1e9;
        Trainer trainer = new Trainer(objective, syntheticWindows(n, batch, unroll), recipe.settings(),
                recipe.optimizer(), recipe.precision());
        t0 = System.nanoTime();
        trainer.runUntil(1, null, null);
        double first = (System.nanoTime() - t0) / 1e9;
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] walls = new double[steps];
        double[] cpus = new double[steps];
        for (int s = 0; s < steps; s++) {
            long w0 = System.nanoTime();
            long c0 = os.getProcessCpuTime();
            trainer.runUntil(s + 2, null, null);
            cpus[s] = (os.getProcessCpuTime() - c0) / 1e9;
            walls[s] = (System.nanoTime() - w0) / 1e9;
        }
        long parameters = objective.parameters().values().stream().mapToLong(a -> a.length()).sum();
        String cnn = recipe.cnn().hiddenLayers() + "x" + recipe.cnn().width();
        return String.format(Locale.ROOT, "RESULT impl=java mode=%s n=%d batch=%d unroll=%d cnn=%s threads=%s params=%d "
                + "steps=%d build_s=%.3f first_s=%.3f wall_s=%.4f cpu_s=%.4f min_wall_s=%.4f ops=%d rss_gb=%s "
                + "java=%s", mode, n, batch, unroll, cnn, System.getenv().getOrDefault("OMP_NUM_THREADS", "?"),
                parameters, steps, build, first, median(walls), median(cpus), Arrays.stream(walls).min().orElse(0),
                graphOps(objective), peakRss(), System.getProperty("java.version"));
    }

    private static int graphOps(TrainingObjective objective) {
        return objective instanceof UnrolledObjective u ? u.graphOps() : -1;
    }

    /** {@code batch} trajectories of {@code unroll + 1} independent random divergence-free frames (max speed 7). */
    private static TrajectoryWindows syntheticWindows(int n, int batch, int unroll) {
        double[][][][] trajectories = new double[batch][unroll + 1][][];
        for (int b = 0; b < batch; b++) {
            for (int t = 0; t <= unroll; t++) {
                trajectories[b][t] = SyntheticFlows.divergenceFree(n, 4, 7.0, 1000L * (b + 1) + t);
            }
        }
        return new TrajectoryWindows(trajectories, n, unroll);
    }

    /** VmHWM of this JVM (process-wide peak over all runs so far). */
    private static String peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return String.format(Locale.ROOT, "%.2f", Long.parseLong(line.replaceAll("[^0-9]", "")) / 1048576.0);
                }
            }
        } catch (IOException e) {
            return "?";
        }
        return "?";
    }

    private static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
