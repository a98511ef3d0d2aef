package dev.eddy.viewer.service;

import java.util.Objects;

/**
 * One 2-D frame of a variable: row-major values {@code [ny * nx]} (x fastest) with its coordinates.
 *
 * @param variable variable name
 * @param units    units attribute ("" when absent)
 * @param x        coordinate values along x (length nx); cell indices when the file has none
 * @param y        coordinate values along y (length ny)
 * @param xName    name of the x dimension (e.g. "x", "lon")
 * @param yName    name of the y dimension (e.g. "y", "lat")
 * @param values   field values, NaN for missing
 */
public record Field2D(String variable, String units, double[] x, double[] y, String xName, String yName, double[] values) {
    public Field2D {
        Objects.requireNonNull(variable, "variable");
        units = units == null ? "" : units;
        if (values.length != x.length * y.length) {
            throw new IllegalArgumentException("field " + variable + " has " + values.length + " values for a "
                    + y.length + "×" + x.length + " grid");
        }
    }

    public int nx() {
        return x.length;
    }

    public int ny() {
        return y.length;
    }

    /** Value at column {@code i} (x index) and row {@code j} (y index). */
    public double at(int i, int j) {
        return values[j * x.length + i];
    }

    /** Whether y grows with its index (so row 0 belongs at the bottom of a picture). */
    public boolean yAscending() {
        return y.length < 2 || y[y.length - 1] > y[0];
    }

    /** The same grid with other values (e.g. a difference field). */
    public Field2D withValues(String newVariable, double[] newValues) {
        return new Field2D(newVariable, units, x, y, xName, yName, newValues);
    }
}
