package dev.eddy.climate.blocking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Blocking events from an index time series: an event starts when the index first reaches the threshold θ after being
 * below it, continues while gaps below θ last at most {@code gapDays}, and counts if it lasts at least
 * {@code minDays} (duration = last day above θ − first day above θ + one sampling interval). Events touching the
 * start or end of the series are dropped, because their true length is unknown.
 */
public final class BlockingEvents {
    /**
     * One event.
     *
     * @param onset    time of the first sample at or above θ [days]
     * @param end      time of the last sample at or above θ [days]
     * @param duration end − onset + sampling interval [days]
     * @param peak     maximum index value during the event
     * @param peakTime time of the peak [days]
     */
    public record Event(double onset, double end, double duration, double peak, double peakTime) {
    }

    /** A threshold: absolute, a multiple of the standard deviation above the mean, or a percentile. */
    public record Threshold(Kind kind, double value) {
        public enum Kind { ABSOLUTE, SIGMA, PERCENTILE }

        /** Parses "1.5sigma", "90p" / "90%" / "p90", or a plain number. */
        public static Threshold parse(String text) {
            String s = text.trim().toLowerCase(java.util.Locale.ROOT);
            try {
                if (s.endsWith("sigma")) {
                    return new Threshold(Kind.SIGMA, Double.parseDouble(s.substring(0, s.length() - 5)));
                }
                if (s.endsWith("%") || s.endsWith("p")) {
                    return percentile(Double.parseDouble(s.substring(0, s.length() - 1)));
                }
                if (s.startsWith("p")) {
                    return percentile(Double.parseDouble(s.substring(1)));
                }
                return new Threshold(Kind.ABSOLUTE, Double.parseDouble(s));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("threshold must look like 1.5sigma, 90p or a number, got '" + text + "'");
            }
        }

        private static Threshold percentile(double p) {
            if (!(p > 0 && p < 100)) {
                throw new IllegalArgumentException("percentile must be between 0 and 100, got " + p);
            }
            return new Threshold(Kind.PERCENTILE, p);
        }

        /** θ for the given index values (NaNs ignored). */
        public double resolve(double[] index) {
            double[] v = Arrays.stream(index).filter(x -> !Double.isNaN(x)).toArray();
            if (v.length == 0) {
                throw new IllegalArgumentException("the index has no valid values");
            }
            return switch (kind) {
                case ABSOLUTE -> value;
                case SIGMA -> {
                    double mean = Arrays.stream(v).average().orElseThrow();
                    double var = Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / v.length;
                    yield mean + value * Math.sqrt(var);
                }
                case PERCENTILE -> {
                    Arrays.sort(v);
                    double pos = value / 100 * (v.length - 1);
                    int lo = (int) Math.floor(pos);
                    int hi = Math.min(lo + 1, v.length - 1);
                    yield v[lo] + (pos - lo) * (v[hi] - v[lo]);
                }
            };
        }

        @Override
        public String toString() {
            return switch (kind) {
                case ABSOLUTE -> Double.toString(value);
                case SIGMA -> value + "sigma";
                case PERCENTILE -> value + "p";
            };
        }
    }

    private BlockingEvents() {
    }

    /**
     * Detects events.
     *
     * @param time      sample times [days], strictly increasing, evenly spaced
     * @param index     index values (NaN counts as below θ)
     * @param theta     threshold
     * @param minDays   minimum duration [days] (≥ 0)
     * @param gapDays   longest tolerated gap below θ inside an event [days] (≥ 0)
     */
    public static List<Event> detect(double[] time, double[] index, double theta, double minDays, double gapDays) {
        if (time.length != index.length) {
            throw new IllegalArgumentException("time and index lengths differ");
        }
        if (!(minDays >= 0) || !(gapDays >= 0)) {
            throw new IllegalArgumentException("minimum duration and gap must be >= 0 days");
        }
        List<Event> events = new ArrayList<>();
        if (time.length < 2) {
            return events;
        }
        double dt = (time[time.length - 1] - time[0]) / (time.length - 1);
        for (int i = 1; i < time.length; i++) {
            if (!(time[i] > time[i - 1])) {
                throw new IllegalArgumentException("times must increase strictly");
            }
        }
        int n = index.length;
        int t = 0;
        while (t < n) {
            if (!(index[t] >= theta)) {
                t++;
                continue;
            }
            int start = t;
            int last = t;
            int k = t + 1;
            while (k < n) {
                if (index[k] >= theta) {
                    last = k;
                    k++;
                } else {
                    int below = k;
                    while (below < n && !(index[below] >= theta)) {
                        below++;
                    }
                    double gap = (below - k) * dt;
                    if (below < n && gap <= gapDays + 1e-9) {
                        k = below;
                    } else {
                        break;
                    }
                }
            }
            boolean censored = start == 0 || last == n - 1;
            double duration = time[last] - time[start] + dt;
            if (!censored && duration >= minDays - 1e-9) {
                int peakAt = start;
                for (int s = start; s <= last; s++) {
                    if (index[s] > index[peakAt]) {
                        peakAt = s;
                    }
                }
                events.add(new Event(time[start], time[last], duration, index[peakAt], time[peakAt]));
            }
            t = last + 1;
        }
        return events;
    }
}
