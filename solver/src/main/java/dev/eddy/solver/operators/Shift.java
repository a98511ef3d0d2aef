package dev.eddy.solver.operators;

import dev.eddy.solver.field.Field;
import dev.eddy.solver.field.InconsistentOffsetException;
import dev.eddy.solver.grid.Offset;

/**
 * A half-cell move from one offset to another along exactly one axis, as used by the face interpolations.
 *
 * @param axis 0 (x) or 1 (y)
 * @param up true for +½ (target index {@code i} lies between source {@code i} and {@code i+1}), false for −½
 *     (between source {@code i−1} and {@code i})
 */
record Shift(int axis, boolean up) {

    /** The single half-cell move from {@code c}'s offset to {@code target}, or a named exception. */
    static Shift between(Field c, Offset target) {
        double dx = target.x() - c.offset().x();
        double dy = target.y() - c.offset().y();
        if (Math.abs(dx) == 0.5 && dy == 0) {
            return new Shift(0, dx > 0);
        }
        if (Math.abs(dy) == 0.5 && dx == 0) {
            return new Shift(1, dy > 0);
        }
        throw new InconsistentOffsetException("one-axis half-cell interpolation target", target, c.offset());
    }

    /** Periodic wrap of an index that is at most one period out of {@code [0, n)}. */
    static int wrap(int k, int n) {
        return k < 0 ? k + n : (k >= n ? k - n : k);
    }
}
