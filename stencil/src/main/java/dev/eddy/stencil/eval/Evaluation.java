package dev.eddy.stencil.eval;

import dev.eddy.solver.diagnostics.EnergySpectrum;
import dev.eddy.stencil.step.FlowParameters;
import dev.eddy.stencil.train.KolmogorovDataset;
import dev.eddy.stencil.train.LiRollout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import java.util.Locale;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Rollouts of several models from the same initial states of a test file, scored against the file's own later frames
 * (the DNS downsampled to the test grid at every coarse step), as in tsm.md §5. All models start at frame H−1, H being
 * the longest history any of them needs (1 without TSM), so their scores cover the same times.
 *
 * <p>Model specs: {@code dns:N} (the classical FV solver on an N×N grid), {@code li:PATH} or {@code tsm:PATH}
 * (model files from {@code eddy train}). {@code dns:N} with N finer than the test grid n starts from the same DNS
 * trajectories downsampled to N — read from a <i>fine file</i>: the same {@code eddy dataset kolmogorov} command with
 * {@code --grid N} and a short {@code --length} (same seed, DNS grid and sample count; checked) — and its outputs are
 * downsampled to n every coarse step, as in Kochkov et al. (2021), who score every model on the learned model's grid.
 *
 * <p>Besides correlations, the sample-mean isotropic kinetic-energy spectrum ({@code solver}'s
 * {@link EnergySpectrum}, on the test grid) of every model and of the reference is kept at chosen times.
 */
public final class Evaluation {

    /**
     * Scores of one model.
     *
     * @param spectra {@code [time][shell]}: the sample-mean energy spectrum at each of {@link Result#spectrumSteps()}
     */
    public record ModelScore(String spec, double[] meanCorrelation, double until080, double until095,
            double latencySeconds, double[][] spectra) {

        /** TSM's count-based duration: outputs with ρ &gt; 0.8, times the output interval. */
        public double durationAbove080(double dt) {
            return VorticityCorrelation.durationAbove(meanCorrelation, dt, 0.8);
        }
    }

    /**
     * All scores; outputs are at times {@code (k+1)·dt}.
     *
     * @param spectrumSteps     output indices k of the spectra (time {@code (k+1)·dt})
     * @param referenceSpectra  {@code [time][shell]}: the test data's sample-mean spectrum at those outputs
     */
    public record Result(double dt, int steps, int samples, List<ModelScore> scores, int[] spectrumSteps,
            double[][] referenceSpectra) {

        /** A markdown table of the durations and latency. */
        public String markdown() {
            StringBuilder b = new StringBuilder("| model | time until ρ < 0.95 | time until ρ < 0.8 | duration ρ > 0.8 "
                    + "(TSM count) | rollout latency s |\n|---|---|---|---|---|\n");
            for (ModelScore s : scores) {
                b.append(String.format(Locale.ROOT, "| %s | %s | %s | %.3f | %.2f |%n", s.spec(), time(s.until095()),
                        time(s.until080()), s.durationAbove080(dt), s.latencySeconds()));
            }
            return b.toString();
        }

        private String time(double t) {
            return Double.isInfinite(t) ? String.format(Locale.ROOT, "≥ %.3f", steps * dt) : String.format(Locale.ROOT,
                    "%.3f", t);
        }
    }

    private Evaluation() {
    }

    /**
     * @param tEnd rollout length in time units (rounded down to whole coarse steps, at most the file's length)
     * @throws IllegalArgumentException for a bad model spec, a grid mismatch or a too-short file
     */
    public static Result run(Path testFile, List<String> modelSpecs, double tEnd) {
        return run(testFile, List.of(), modelSpecs, tEnd, new double[0], done -> { });
    }

    /**
     * Rolls out every model and scores it.
     *
     * @param fineFiles     files of the test trajectories at finer grids, for {@code dns:N} baselines with N &gt; n
     * @param tEnd          rollout length in time units (rounded down to whole coarse steps)
     * @param spectrumTimes times since the start at which energy spectra are kept (each rounded to the nearest
     *                      output), or null for the outputs nearest to a quarter, half and all of the rollout
     * @param modelsDone    called with 1, 2, … as the models finish
     * @throws IllegalArgumentException for a bad model spec, a grid mismatch, a fine file of other trajectories or
     *                                  a too-short file
     */
    public static Result run(Path testFile, List<Path> fineFiles, List<String> modelSpecs, double tEnd,
            double[] spectrumTimes, IntConsumer modelsDone) {
        KolmogorovDataset test = KolmogorovDataset.read(testFile);
        int n = test.n();
        double dt = FlowParameters.kolmogorov(n).dt();
        int steps = (int) Math.floor(tEnd / dt + 1e-9);
        int frames = test.trajectories()[0].length;
        if (steps < 1 || steps > frames - 1) {
            throw new IllegalArgumentException("--t-end " + tEnd + " gives " + steps + " steps of " + dt + "; the test "
                    + "file allows 1.." + (frames - 1));
        }
        int[] spectrumSteps = spectrumSteps(spectrumTimes, dt, steps);
        int samples = test.trajectories().length;
        List<Rollout> rollouts = new ArrayList<>();
        int history = 1;
        for (String spec : modelSpecs) {
            Rollout model = model(spec.strip(), n);
            rollouts.add(model);
            history = Math.max(history, model.historyFrames());
        }
        if (steps > frames - history) {
            throw new IllegalArgumentException("--t-end " + tEnd + " gives " + steps + " steps, but after the "
                    + history + " history frames the test file has only " + (frames - history));
        }
        FineStarts fine = FineStarts.read(fineFiles, test, testFile, history - 1);
        for (int m = 0; m < rollouts.size(); m++) {
            if (rollouts.get(m) instanceof ClassicalRollout dns && dns.grid() != n) {
                rollouts.set(m, dns.startingFrom(fine.initialStates(dns.grid())));
            }
        }
        double[][][][] past = new double[samples][history][][];
        double[][][][] reference = new double[samples][steps][][];
        for (int s = 0; s < samples; s++) {
            for (int t = 0; t < history; t++) {
                past[s][t] = test.trajectories()[s][t];
            }
            for (int k = 0; k < steps; k++) {
                reference[s][k] = test.trajectories()[s][history + k];
            }
        }
        List<ModelScore> scores = new ArrayList<>();
        for (int m = 0; m < rollouts.size(); m++) {
            String spec = modelSpecs.get(m);
            Rollout model = rollouts.get(m);
            long t0 = System.nanoTime();
            double[][][][] predicted = model.rollout(past, steps);
            double latency = (System.nanoTime() - t0) / 1e9;
            double[] rho = VorticityCorrelation.meanCorrelation(predicted, reference, n);
            scores.add(new ModelScore(spec.strip(), rho, VorticityCorrelation.timeUntilBelow(rho, dt, 0.8),
                    VorticityCorrelation.timeUntilBelow(rho, dt, 0.95), latency,
                    SampleMeanSpectrum.at(predicted, spectrumSteps, n)));
            modelsDone.accept(m + 1);
        }
        return new Result(dt, steps, samples, scores, spectrumSteps,
                SampleMeanSpectrum.at(reference, spectrumSteps, n));
    }

    private static int[] spectrumSteps(double[] times, double dt, int steps) {
        if (times == null) {
            return IntStream.of(Math.max(1, steps / 4), Math.max(1, steps / 2), steps).distinct()
                    .map(k -> k - 1).toArray();
        }
        int[] out = new int[times.length];
        for (int i = 0; i < times.length; i++) {
            int k = (int) Math.round(times[i] / dt) - 1;
            if (!(times[i] > 0) || k < 0 || k >= steps) {
                throw new IllegalArgumentException("spectrum time " + times[i] + " is outside the rollout (0, "
                        + steps * dt + "]");
            }
            out[i] = k;
        }
        return out;
    }

    private static Rollout model(String spec, int n) {
        int colon = spec.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("model spec '" + spec + "' must be dns:N, li:PATH or tsm:PATH");
        }
        String kind = spec.substring(0, colon);
        String arg = spec.substring(colon + 1);
        switch (kind) {
            case "dns" -> {
                int grid;
                try {
                    grid = Integer.parseInt(arg);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("dns:N needs an integer grid, got '" + arg + "'");
                }
                if (grid < n) {
                    throw new IllegalArgumentException("dns:" + grid + " is coarser than the test grid " + n + "²");
                }
                return new ClassicalRollout(grid, n);
            }
            case "li" -> {
                LiRollout li = LiRollout.load(Path.of(arg), DataType.DOUBLE);
                if (li.n() != n) {
                    throw new IllegalArgumentException(arg + " was trained at " + li.n() + "², the test file is at " + n
                            + "²");
                }
                return (past, steps) -> li.rollout(Rollout.initialStates(past), steps);
            }
            case "tsm" -> {
                TsmRollout tsm = TsmRollout.load(Path.of(arg), DataType.DOUBLE);
                if (tsm.n() != n) {
                    throw new IllegalArgumentException(arg + " was trained at " + tsm.n() + "², the test file is at "
                            + n + "²");
                }
                return tsm;
            }
            default -> throw new IllegalArgumentException("unknown model kind '" + kind + "' (dns, li or tsm)");
        }
    }
}
