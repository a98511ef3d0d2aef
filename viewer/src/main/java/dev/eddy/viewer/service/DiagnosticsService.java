package dev.eddy.viewer.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Time series for the plot view: taken from the file when it stores them, otherwise computed frame by frame from the
 * vorticity ({@link FieldSpectra}, {@link FieldStatistics}). Frames are read one at a time through a
 * {@link FrameCache}; at most {@link #MAX_POINTS} evenly strided frames are visited.
 */
public final class DiagnosticsService {
    /** Most frames visited for a computed curve. */
    public static final int MAX_POINTS = 200;

    private static final List<String> VORTICITY_NAMES = List.of("vorticity", "omega", "vort", "zeta");

    private DiagnosticsService() {
    }

    /** The vorticity variable of a source: a timed field named vorticity/omega/vort/zeta (case-insensitive). */
    public static Optional<FieldVariable> vorticity(TrajectorySource source) {
        for (FieldVariable v : source.fieldVariables()) {
            if (v.timed() && VORTICITY_NAMES.contains(v.name().toLowerCase(Locale.ROOT))) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** A stored series whose name contains one of {@code keys} (case-insensitive), if any. */
    public static Optional<TimeSeries> storedSeries(TrajectorySource source, String label, String... keys) {
        for (String s : source.seriesVariables()) {
            String lower = s.toLowerCase(Locale.ROOT);
            for (String key : keys) {
                if (lower.contains(key)) {
                    return Optional.of(new TimeSeries(label + " (" + s + ")", source.seriesUnits(s), source.times(), source.series(s)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Kinetic energy and enstrophy over time: stored series ({@code kinetic_energy}/{@code energy},
     * {@code enstrophy}) when present, else computed from vorticity frames (sample/level {@code extra}).
     *
     * @param progress receives the fraction done, 0..1
     * @param cancelled polled between frames; when true the partial curves computed so far are returned
     */
    public static List<TimeSeries> energyAndEnstrophy(FrameCache frames, int extra, DoubleConsumer progress,
                                                      BooleanSupplier cancelled) {
        TrajectorySource source = frames.source();
        Optional<TimeSeries> ke = storedSeries(source, "kinetic energy", "kinetic_energy", "energy");
        Optional<TimeSeries> z = storedSeries(source, "enstrophy", "enstrophy");
        if (ke.isPresent() && z.isPresent()) {
            return List.of(ke.get(), z.get());
        }
        FieldVariable w = vorticity(source).orElseThrow(() -> new ViewerException(
                source.path().getFileName() + " has neither energy/enstrophy series nor a vorticity variable"));
        int[] steps = strided(source.timeCount());
        double[] t = new double[steps.length];
        double[] e = new double[steps.length];
        double[] s = new double[steps.length];
        int done = 0;
        for (int i = 0; i < steps.length && !cancelled.getAsBoolean(); i++) {
            Field2D f = frames.frame(w.name(), steps[i], Math.min(extra, w.extraSize() - 1));
            t[i] = source.times()[steps[i]];
            e[i] = FieldSpectra.kineticEnergy(f);
            s[i] = FieldSpectra.enstrophy(f);
            done = i + 1;
            progress.accept((double) done / steps.length);
        }
        List<TimeSeries> out = new ArrayList<>();
        out.add(ke.orElse(new TimeSeries("kinetic energy (from vorticity)", "", head(t, done), head(e, done))));
        out.add(z.orElse(new TimeSeries("enstrophy (from vorticity)", "", head(t, done), head(s, done))));
        return out;
    }

    /**
     * Vorticity correlation of {@code model} against {@code reference} over time, matching each model time to the
     * nearest reference time. A stored {@code correlation} series in the model file is used when present.
     */
    public static TimeSeries correlation(FrameCache reference, FrameCache model, int extra, DoubleConsumer progress,
                                         BooleanSupplier cancelled) {
        Optional<TimeSeries> stored = storedSeries(model.source(), "vorticity correlation", "correlation");
        if (stored.isPresent()) {
            return stored.get();
        }
        FieldVariable wr = vorticity(reference.source()).orElseThrow(() -> new ViewerException(
                reference.source().path().getFileName() + " has no vorticity variable to correlate"));
        FieldVariable wm = vorticity(model.source()).orElseThrow(() -> new ViewerException(
                model.source().path().getFileName() + " has no vorticity variable to correlate"));
        double[] refTimes = reference.source().times();
        double[] modelTimes = model.source().times();
        int[] steps = strided(modelTimes.length);
        double[] t = new double[steps.length];
        double[] c = new double[steps.length];
        int done = 0;
        for (int i = 0; i < steps.length && !cancelled.getAsBoolean(); i++) {
            int r = nearest(refTimes, modelTimes[steps[i]]);
            Field2D a = reference.frame(wr.name(), r, Math.min(extra, wr.extraSize() - 1));
            Field2D b = model.frame(wm.name(), steps[i], Math.min(extra, wm.extraSize() - 1));
            t[i] = modelTimes[steps[i]];
            c[i] = FieldStatistics.correlation(a, b);
            done = i + 1;
            progress.accept((double) done / steps.length);
        }
        String name = "corr(" + model.source().path().getFileName() + ", " + reference.source().path().getFileName() + ")";
        return new TimeSeries(name, "", head(t, done), head(c, done));
    }

    /** First time at which {@code series} falls below {@code threshold} (NaN if it never does). */
    public static double timeBelow(TimeSeries series, double threshold) {
        for (int i = 0; i < series.size(); i++) {
            if (series.y()[i] < threshold) {
                return series.x()[i];
            }
        }
        return Double.NaN;
    }

    /** Index of the value in {@code sorted} nearest to {@code value}. */
    public static int nearest(double[] sorted, double value) {
        int best = 0;
        for (int i = 1; i < sorted.length; i++) {
            if (Math.abs(sorted[i] - value) < Math.abs(sorted[best] - value)) {
                best = i;
            }
        }
        return best;
    }

    static int[] strided(int count) {
        int n = Math.min(count, MAX_POINTS);
        int[] steps = new int[n];
        for (int i = 0; i < n; i++) {
            steps[i] = n == 1 ? 0 : (int) Math.round((double) i * (count - 1) / (n - 1));
        }
        return steps;
    }

    private static double[] head(double[] a, int n) {
        return java.util.Arrays.copyOf(a, n);
    }
}
