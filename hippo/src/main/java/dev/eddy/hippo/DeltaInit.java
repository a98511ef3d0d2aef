package dev.eddy.hippo;

import java.util.Random;

/**
 * Step-size initialisation for S4/S4D: {@code log Δ ~ U[log Δmin, log Δmax]}, one Δ per channel (s4
 * {@code dt_tie}); defaults Δmin = 1e-3, Δmax = 1e-1 (hippo.md §5). 1/Δ sets the memory length in steps, so
 * [1/Δmax, 1/Δmin] should cover the expected dependency lengths.
 */
public final class DeltaInit {
    /** Default lower bound of Δ. */
    public static final double DEFAULT_MIN = 1e-3;
    /** Default upper bound of Δ. */
    public static final double DEFAULT_MAX = 1e-1;

    private DeltaInit() {
    }

    /** {@code count} steps with log-uniform distribution in [min, max], from a seeded generator. */
    public static double[] logUniform(double min, double max, int count, long seed) {
        checkRange(min, max, count);
        Random random = new Random(seed);
        double lo = Math.log(min);
        double hi = Math.log(max);
        double[] dt = new double[count];
        for (int i = 0; i < count; i++) {
            dt[i] = Math.exp(lo + (hi - lo) * random.nextDouble());
        }
        return dt;
    }

    /** {@code count} geometrically spaced steps from min to max inclusive (deterministic coverage). */
    public static double[] geometric(double min, double max, int count) {
        checkRange(min, max, count);
        double[] dt = new double[count];
        for (int i = 0; i < count; i++) {
            double f = count == 1 ? 0.0 : i / (count - 1.0);
            dt[i] = Math.exp(Math.log(min) + f * (Math.log(max) - Math.log(min)));
        }
        return dt;
    }

    private static void checkRange(double min, double max, int count) {
        if (!(min > 0.0 && max >= min && Double.isFinite(max))) {
            throw new IllegalArgumentException("need 0 < dtMin <= dtMax, got " + min + ", " + max);
        }
        if (count <= 0) {
            throw new IllegalArgumentException("count must be positive, got " + count);
        }
    }
}
