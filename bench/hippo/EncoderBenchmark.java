import dev.eddy.hippo.DiscreteSystem;
import dev.eddy.hippo.Discretization;
import dev.eddy.hippo.HippoOperator;
import dev.eddy.hippo.HistoryEncoder;
import dev.eddy.hippo.LegsConvention;
import dev.eddy.hippo.LegsOnlineProjection;
import dev.eddy.hippo.LtiProjection;
import dev.eddy.hippo.Measure;
import dev.eddy.hippo.StepSchedule;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Benchmark of the batched HiPPO encoder on the TSM workload: a 64x64 grid, 2 velocity channels, 32 frames,
 * N = 256, against a naive per-cell peer (one sequence at a time, a fresh state array per step, row-dot matvec
 * through {@link DiscreteSystem#step}). Run with bench/hippo/run.sh [reps] [tsm]; prints a markdown table
 * ({@code tsm} runs only the TSM operator).
 */
public final class EncoderBenchmark {
    private static final int NX = 64;
    private static final int NY = 64;
    private static final int CHANNELS = 2;
    private static final int FRAMES = 32;
    private static final int ORDER = 256;

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        boolean tsmOnly = args.length > 1 && args[1].equals("tsm");
        int cells = NX * NY;
        int sequences = cells * CHANNELS;
        Random random = new Random(1);
        double[] history = new double[sequences * FRAMES];
        float[] historyF = new float[history.length];
        for (int i = 0; i < history.length; i++) {
            history[i] = random.nextGaussian();
            historyF[i] = (float) history[i];
        }
        System.out.printf(Locale.ROOT, "# HiPPO encoder benchmark: %dx%d cells x %d channels x %d frames, N = %d, "
                + "%d threads (common pool %d), Java %s%n", NX, NY, CHANNELS, FRAMES, ORDER,
                Runtime.getRuntime().availableProcessors(),
                java.util.concurrent.ForkJoinPool.getCommonPoolParallelism(), System.getProperty("java.version"));
        System.out.println();
        System.out.println("| operator | path | precision | median ms | min ms | naive ms | naive / path |");
        System.out.println("|---|---|---|---:|---:|---:|---:|");
        run("lagt-httyh bilinear dt=1 (TSM)", LtiProjection.of(HippoOperator.of(Measure.LAGT_HTTYH, ORDER),
                Discretization.BILINEAR, 1.0).schedule(), history, historyF, cells, reps);
        if (tsmOnly) {
            return;
        }
        run("legt(theta=32) zoh dt=1", LtiProjection.of(HippoOperator.of(Measure.LEGT, ORDER, 32.0),
                Discretization.ZOH, 1.0).schedule(), history, historyF, cells, reps);
        run("legs interval bilinear", LegsOnlineProjection.of(ORDER, LegsConvention.INTERVAL,
                Discretization.BILINEAR), history, historyF, cells, reps);
    }

    private static void run(String name, StepSchedule schedule, double[] history, float[] historyF, int cells,
                            int reps) {
        int sequences = cells * CHANNELS;
        long t0 = System.nanoTime();
        HistoryEncoder encoder = HistoryEncoder.of(schedule, FRAMES);
        double setupMs = (System.nanoTime() - t0) / 1e6;
        double[] out = new double[sequences * ORDER];
        float[] outF = new float[sequences * ORDER];
        double[] frame = new double[sequences];
        float[] frameF = new float[sequences];
        HistoryEncoder.StreamState stream = encoder.newStream(sequences);
        HistoryEncoder.FloatStreamState streamF = encoder.newFloatStream(sequences);

        double naiveMs = naive(schedule, history, sequences);
        double[] naiveOut = naiveResult;

        double[] whole = time(reps, () -> encoder.encode(history, cells, CHANNELS, out));
        double[] wholeF = time(reps, () -> encoder.encode(historyF, cells, CHANNELS, outF));
        double[] streaming = time(reps, () -> {
            stream.reset();
            for (int t = 0; t < FRAMES; t++) {
                for (int s = 0; s < sequences; s++) {
                    frame[s] = history[s * FRAMES + t];
                }
                stream.push(frame);
            }
        });
        double[] streamingF = time(reps, () -> {
            streamF.reset();
            for (int t = 0; t < FRAMES; t++) {
                for (int s = 0; s < sequences; s++) {
                    frameF[s] = historyF[s * FRAMES + t];
                }
                streamF.push(frameF);
            }
        });
        double dev = 0;
        double scale = 0;
        for (int i = 0; i < out.length; i++) {
            dev = Math.max(dev, Math.abs(out[i] - naiveOut[i]));
            dev = Math.max(dev, Math.abs(stream.coefficients()[i] - naiveOut[i]));
            scale = Math.max(scale, Math.abs(naiveOut[i]));
        }
        row(name, "whole history", "double", whole, naiveMs);
        row(name, "whole history", "float", wholeF, naiveMs);
        row(name, "streaming (32 pushes)", "double", streaming, naiveMs);
        row(name, "streaming (32 pushes)", "float", streamingF, naiveMs);
        System.out.printf(Locale.ROOT, "| %s | naive per-cell peer | double | %.1f | | | 1 |%n", name, naiveMs);
        System.out.printf(Locale.ROOT, "| %s | precompute (once) | double | %.1f | | | |%n", name, setupMs);
        System.out.printf(Locale.ROOT, "<!-- %s: max |fast - naive| = %.2e at scale %.2e -->%n", name, dev, scale);
    }

    private static double[] naiveResult;

    /** One sequence at a time, allocating a new state per step (the straightforward single-sequence code). */
    private static double naive(StepSchedule schedule, double[] history, int sequences) {
        DiscreteSystem[] steps = new DiscreteSystem[FRAMES];
        for (int t = 0; t < FRAMES; t++) {
            steps[t] = schedule.stepAt(t);
        }
        double[] out = new double[sequences * ORDER];
        long t0 = System.nanoTime();
        for (int s = 0; s < sequences; s++) {
            double[] x = new double[ORDER];
            for (int t = 0; t < FRAMES; t++) {
                x = steps[t].step(x, history[s * FRAMES + t]);
            }
            System.arraycopy(x, 0, out, s * ORDER, ORDER);
        }
        naiveResult = out;
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double[] time(int reps, Runnable task) {
        task.run();
        double[] ms = new double[reps];
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            task.run();
            ms[r] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void row(String name, String path, String precision, double[] ms, double naiveMs) {
        double median = ms[ms.length / 2];
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %.1f | %.1f | %.1f | %.1f |%n", name, path, precision, median,
                ms[0], naiveMs, naiveMs / median);
    }
}
