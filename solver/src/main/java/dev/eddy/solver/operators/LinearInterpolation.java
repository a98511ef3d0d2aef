package dev.eddy.solver.operators;

import dev.eddy.solver.field.Field;
import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.grid.Offset;

/**
 * Linear interpolation between MAC-grid locations (tsm.md §2.3 step 1; JAX-CFD {@code interpolation.linear}):
 * along every axis where the offsets differ by ±½, the mean of the two neighbouring values. For +½:
 * {@code c'_i = (c_i + c_{i+1})/2}; for −½: {@code c'_i = (c_{i−1} + c_i)/2}. Exact for linear functions, second
 * order for smooth ones.
 */
public final class LinearInterpolation {
    private LinearInterpolation() {}

    /** Interpolates {@code c} to {@code target}; each axis offset must differ by 0 or ±½. */
    public static Field to(Field c, Offset target) {
        Field out = c;
        double dx = target.x() - c.offset().x();
        if (dx != 0) {
            out = along(out, 0, dx, Offset.of(target.x(), out.offset().y()));
        }
        double dy = target.y() - c.offset().y();
        if (dy != 0) {
            out = along(out, 1, dy, Offset.of(out.offset().x(), target.y()));
        }
        return out == c ? c.copy() : out;
    }

    private static Field along(Field c, int axis, double delta, Offset target) {
        if (Math.abs(delta) != 0.5) {
            throw new IllegalArgumentException("linear interpolation moves by ±½ cell, asked " + delta + " along axis " + axis);
        }
        Grid g = c.grid();
        int nx = g.nx();
        int ny = g.ny();
        int step = delta > 0 ? 1 : -1;
        double[] src = c.data();
        Field out = Field.zeros(g, target);
        double[] dst = out.data();
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int other = axis == 0 ? j * nx + Shift.wrap(i + step, nx) : Shift.wrap(j + step, ny) * nx + i;
                dst[j * nx + i] = 0.5 * (src[j * nx + i] + src[other]);
            }
        }
        return out;
    }
}
