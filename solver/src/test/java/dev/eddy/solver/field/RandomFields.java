package dev.eddy.solver.field;

import dev.eddy.solver.grid.Grid;
import java.util.SplittableRandom;

/** Seeded random fields for tests. */
public final class RandomFields {
    private RandomFields() {}

    /** Uniform values in [−1, 1). */
    public static double[] uniform(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] a = new double[n];
        for (int k = 0; k < n; k++) {
            a[k] = 2 * r.nextDouble() - 1;
        }
        return a;
    }

    /** A random (not divergence-free) MAC velocity. */
    public static StaggeredVelocity velocity(Grid grid, long seed) {
        return StaggeredVelocity.of(grid, uniform(grid.size(), seed), uniform(grid.size(), seed + 1));
    }
}
