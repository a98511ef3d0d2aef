package dev.eddy.viewer.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Index time series and event intervals (e.g. blocked days) from an index file. */
public final class IndexEvents {
    private IndexEvents() {
    }

    /** The index curve: the first series whose name contains "index", else the first series that is not a flag. */
    public static Optional<TimeSeries> index(TrajectorySource source) {
        List<String> names = source.seriesVariables();
        Optional<String> pick = names.stream().filter(n -> n.toLowerCase(Locale.ROOT).contains("index")).findFirst();
        if (pick.isEmpty()) {
            pick = names.stream().filter(n -> !isFlag(source.series(n))).findFirst();
        }
        return pick.map(n -> new TimeSeries(n, source.seriesUnits(n), source.times(), source.series(n)));
    }

    /**
     * Event intervals {@code {start, end}} (times of the first and last flagged step) from the first 0/1 series whose
     * name mentions block, event or flag.
     */
    public static List<double[]> events(TrajectorySource source) {
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
