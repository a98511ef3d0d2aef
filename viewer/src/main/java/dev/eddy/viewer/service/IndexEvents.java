package dev.eddy.viewer.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Index time series and event intervals (e.g. blocked days) from an index file. */
public final class IndexEvents {
    private IndexEvents() {
    }

    /**
     * The index curve: the first series whose name contains "index", else the first series that is not a flag;
     * none for an events table.
     */
    public static Optional<TimeSeries> index(TrajectorySource source) {
        List<String> names = source.seriesVariables();
        if (names.contains("end")) {
            return Optional.empty();
        }
        Optional<String> pick = names.stream().filter(n -> n.toLowerCase(Locale.ROOT).contains("index")).findFirst();
        if (pick.isEmpty()) {
            pick = names.stream().filter(n -> !isFlag(source.series(n))).findFirst();
        }
        return pick.map(n -> new TimeSeries(n, source.seriesUnits(n), source.times(), source.series(n)));
    }

    /**
     * Event intervals {@code {start, end}}: from an events table (one record per event, the time coordinate is the
     * onset and an {@code end} series the last time, as {@code eddy blocking events} writes it), else from the first
     * 0/1 series whose name mentions block, event or flag (runs of ones).
     */
    public static List<double[]> events(TrajectorySource source) {
        if (source.seriesVariables().contains("end")) {
            double[] onset = source.times();
            double[] end = source.series("end");
            List<double[]> out = new ArrayList<>();
            for (int i = 0; i < onset.length; i++) {
                out.add(new double[] {onset[i], end[i]});
            }
            return out;
        }
        for (String n : source.seriesVariables()) {
            String lower = n.toLowerCase(Locale.ROOT);
            double[] v = source.series(n);
            if ((lower.contains("block") || lower.contains("event") || lower.contains("flag")) && isFlag(v)) {
                return intervals(source.times(), v);
            }
        }
        return List.of();
    }

    /** Runs of nonzero values as {@code {time of first, time of last}}. */
    public static List<double[]> intervals(double[] times, double[] flags) {
        List<double[]> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= flags.length; i++) {
            boolean on = i < flags.length && flags[i] != 0 && !Double.isNaN(flags[i]);
            if (on && start < 0) {
                start = i;
            } else if (!on && start >= 0) {
                out.add(new double[] {times[start], times[i - 1]});
                start = -1;
            }
        }
        return out;
    }

    private static boolean isFlag(double[] v) {
        for (double x : v) {
            if (x != 0 && x != 1) {
                return false;
            }
        }
        return true;
    }
}
