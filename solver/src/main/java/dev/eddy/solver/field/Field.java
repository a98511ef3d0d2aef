package dev.eddy.solver.field;

import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.grid.Offset;
import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;

/**
 * A scalar field that knows where it lives: a {@link Grid}, an {@link Offset} in the cell, and row-major values
 * {@code double[ny * nx]} (x fastest; value of cell {@code (i, j)} at index {@code j * nx + i}, located at
 * {@code ((i + ox)·dx, (j + oy)·dy)}). Boundaries are periodic on both axes.
 *
 * <p>The value array is shared, not copied, so that time steppers can update fields in place without allocating
 * (tsm.md §2; style.md lesson 2). Use {@link #copy()} for an independent field.
 */
public final class Field {
    private final Grid grid;
    private final Offset offset;
    private final double[] data;

    private Field(Grid grid, Offset offset, double[] data) {
        this.grid = grid;
        this.offset = offset;
        this.data = data;
    }

    /** Wraps {@code data} (not copied); its length must be {@code grid.size()}. */
    public static Field of(Grid grid, Offset offset, double[] data) {
        if (grid == null || offset == null || data == null) {
            throw new NullPointerException("grid, offset and data are required");
        }
        if (data.length != grid.size()) {
            throw new IllegalArgumentException(
                    "field data has " + data.length + " values, grid " + grid.nx() + "×" + grid.ny() + " needs " + grid.size());
        }
        return new Field(grid, offset, data);
    }

    /** A field of zeros. */
    public static Field zeros(Grid grid, Offset offset) {
        return new Field(grid, offset, new double[grid.size()]);
    }

    /** Samples {@code f(x, y)} at the field's points {@code ((i + ox)·dx, (j + oy)·dy)}. */
    public static Field sample(Grid grid, Offset offset, DoubleBinaryOperator f) {
        double[] d = new double[grid.size()];
        double dx = grid.dx();
        double dy = grid.dy();
        for (int j = 0; j < grid.ny(); j++) {
            double y = (j + offset.y()) * dy;
            for (int i = 0; i < grid.nx(); i++) {
                d[j * grid.nx() + i] = f.applyAsDouble((i + offset.x()) * dx, y);
            }
        }
        return new Field(grid, offset, d);
    }

    public Grid grid() {
        return grid;
    }

    public Offset offset() {
        return offset;
    }

    /** The live value array (row-major, x fastest); writes change the field. */
    public double[] data() {
        return data;
    }

    /** Value of cell {@code (i, j)}, indices wrapped periodically. */
    public double get(int i, int j) {
        return data[grid.index(i, j)];
    }

    /** An independent copy. */
    public Field copy() {
        return new Field(grid, offset, data.clone());
    }

    /** Copies the values of {@code other} (same grid and offset) into this field. */
    public void setFrom(Field other) {
        requireCompatible(other);
        System.arraycopy(other.data, 0, data, 0, data.length);
    }

    /** Throws {@link InconsistentGridException} unless {@code other} lives on this field's grid. */
    public void requireSameGrid(Field other) {
        if (!grid.equals(other.grid)) {
            throw new InconsistentGridException(grid, other.grid);
        }
    }

    /** Throws {@link InconsistentOffsetException} unless this field sits at {@code expected}. */
    public Field requireOffset(String what, Offset expected) {
        if (offset != expected) {
            throw new InconsistentOffsetException(what, expected, offset);
        }
        return this;
    }

    /** Same grid and same offset as {@code other}, or a named exception. */
    public void requireCompatible(Field other) {
        requireSameGrid(other);
        other.requireOffset("second operand", offset);
    }

    /** Largest absolute value. */
    public double maxAbs() {
        double m = 0;
        for (double x : data) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    @Override
    public String toString() {
        return "Field[" + offset + " on " + grid + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Field f && grid.equals(f.grid) && offset == f.offset && Arrays.equals(data, f.data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * grid.hashCode() + offset.hashCode()) + Arrays.hashCode(data);
    }
}
