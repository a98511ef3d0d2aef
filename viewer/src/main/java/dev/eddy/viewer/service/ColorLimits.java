package dev.eddy.viewer.service;

import java.util.Arrays;

/**
 * Colour limits {@code [low, high]} mapping data values onto the colormap: {@code t = (v - low) / (high - low)}.
 *
 * @param low  value drawn with the first colour
 * @param high value drawn with the last colour (strictly greater than {@code low})
 */
public record ColorLimits(double low, double high) {
    /** Number of values sampled (evenly strided) for percentiles of large fields. */
    static final int PERCENTILE_SAMPLE = 1 << 16;

    public ColorLimits {
        if (!(high > low) || !Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("colour limits need finite low < high, got " + low + ", " + high);
        }
    }

    /** Position of {@code value} on the colormap, unclamped (NaN stays NaN). */
    public double normalise(double value) {
        return (value - low) / (high - low);
    }

    /**
     * Limits of {@code values} in the given mode, ignoring NaN and infinities. A constant or empty field gets
     * limits of {@code value ± 1} (or ±1 around 0), so it still draws. Robust mode takes the 2nd and 98th percentiles
     * (nearest rank) of at most {@value #PERCENTILE_SAMPLE} evenly strided values.
     */
    public static ColorLimits of(double[] values, LimitMode mode) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min > max) {
            return new ColorLimits(-1, 1);
        }
        return switch (mode) {
            case MIN_MAX -> widenIfFlat(min, max);
            case SYMMETRIC -> {
                double a = Math.max(Math.abs(min), Math.abs(max));
                yield a > 0 ? new ColorLimits(-a, a) : new ColorLimits(-1, 1);
            }
            case ROBUST -> {
                double[] p = percentiles(values, 0.02, 0.98);
                yield widenIfFlat(p[0], p[1]);
            }
        };
    }

    /** Union of several limits (for panels that share one colour scale). */
    public static ColorLimits union(Iterable<ColorLimits> limits) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (ColorLimits l : limits) {
            low = Math.min(low, l.low);
            high = Math.max(high, l.high);
        }
        if (low > high) {
            throw new IllegalArgumentException("no limits to combine");
        }
        return new ColorLimits(low, high);
    }

    /** Nearest-rank percentiles {@code q} in [0,1] of the finite values, on an evenly strided sample. */
    static double[] percentiles(double[] values, double... q) {
        int stride = Math.max(1, values.length / PERCENTILE_SAMPLE);
        double[] sample = new double[(values.length + stride - 1) / stride];
        int n = 0;
        for (int i = 0; i < values.length; i += stride) {
            if (Double.isFinite(values[i])) {
                sample[n++] = values[i];
            }
        }
        double[] sorted = Arrays.copyOf(sample, n);
        Arrays.sort(sorted);
        double[] result = new double[q.length];
        for (int k = 0; k < q.length; k++) {
            int rank = (int) Math.ceil(q[k] * n) - 1;
            result[k] = sorted[Math.max(0, Math.min(n - 1, rank))];
        }
        return result;
    }

    private static ColorLimits widenIfFlat(double low, double high) {
        if (high > low) {
            return new ColorLimits(low, high);
        }
        double pad = low == 0 ? 1 : Math.abs(low) * 0.01;
        return new ColorLimits(low - pad, high + pad);
    }
}
