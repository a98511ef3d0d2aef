package dev.eddy.solver.simulation;

import dev.eddy.solver.grid.Grid;

/** The advective Courant number {@code max|u|·dt/Δx + max|v|·dt/Δy}, NaN when any value is not finite. */
final class CourantNumber {

    private CourantNumber() {
    }

    static double of(Grid grid, double[] u, double[] v, double dt) {
        double maxU = maxAbs(u);
        double maxV = maxAbs(v);
        if (!Double.isFinite(maxU) || !Double.isFinite(maxV)) {
            return Double.NaN;
        }
        return maxU * dt / grid.dx() + maxV * dt / grid.dy();
    }

    private static double maxAbs(double[] a) {
        double m = 0;
        for (double x : a) {
            double ax = Math.abs(x);
            if (!(ax <= m)) {
                m = ax;
            }
        }
        return m;
    }
}
