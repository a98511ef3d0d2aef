package dev.eddy.solver.field;

import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.grid.Offset;
import java.util.function.DoubleBinaryOperator;

/**
 * A 2-D velocity on the MAC (Arakawa C) grid: {@code u} on x-faces (offset (1, ½)), {@code v} on y-faces
 * (offset (½, 1)) — tsm.md §2.1. Both components share one grid; arrays are row-major {@code double[ny * nx]}.
 *
 * <p>This is the state of the finite-volume solver; steppers update it in place.
 */
public record StaggeredVelocity(Field u, Field v) {

    public StaggeredVelocity {
        u.requireOffset("u", Offset.X_FACE);
        v.requireOffset("v", Offset.Y_FACE);
        u.requireSameGrid(v);
    }

    /** Wraps two arrays (not copied) as u on x-faces and v on y-faces. */
    public static StaggeredVelocity of(Grid grid, double[] u, double[] v) {
        return new StaggeredVelocity(Field.of(grid, Offset.X_FACE, u), Field.of(grid, Offset.Y_FACE, v));
    }

    /** A resting fluid. */
    public static StaggeredVelocity zeros(Grid grid) {
        return new StaggeredVelocity(Field.zeros(grid, Offset.X_FACE), Field.zeros(grid, Offset.Y_FACE));
    }

    /** Samples {@code u(x, y)} at the x-faces and {@code v(x, y)} at the y-faces. */
    public static StaggeredVelocity sample(Grid grid, DoubleBinaryOperator u, DoubleBinaryOperator v) {
        return new StaggeredVelocity(Field.sample(grid, Offset.X_FACE, u), Field.sample(grid, Offset.Y_FACE, v));
    }

    public Grid grid() {
        return u.grid();
    }

    /** Component 0 (u) or 1 (v). */
    public Field component(int axis) {
        return switch (axis) {
            case 0 -> u;
            case 1 -> v;
            default -> throw new IllegalArgumentException("axis must be 0 (x) or 1 (y), got " + axis);
        };
    }

    /** An independent copy. */
    public StaggeredVelocity copy() {
        return new StaggeredVelocity(u.copy(), v.copy());
    }

    /** Copies both components of {@code other} into this velocity. */
    public void setFrom(StaggeredVelocity other) {
        u.setFrom(other.u);
        v.setFrom(other.v);
    }

    /** Largest speed {@code max sqrt(u² + v²)} over cells, u and v taken at their own faces (no averaging, tsm.md §1). */
    public double maxSpeed() {
        double[] a = u.data();
        double[] b = v.data();
        double m = 0;
        for (int k = 0; k < a.length; k++) {
            m = Math.max(m, a[k] * a[k] + b[k] * b[k]);
        }
        return Math.sqrt(m);
    }

    /** Whether every value is finite. */
    public boolean isFinite() {
        for (double x : u.data()) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        for (double x : v.data()) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }
}
