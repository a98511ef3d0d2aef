package dev.eddy.data;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An n-dimensional array of doubles with named dimensions and attributes, stored row-major (last dimension fastest).
 *
 * <p>A 2-D field on a {@code (y, x)} grid is {@code values[j * nx + i]}. Immutable: {@link #of} copies the values and
 * {@link #values()} returns a copy.
 */
public final class LabelledArray {
    private final String name;
    private final List<String> dims;
    private final int[] shape;
    private final double[] values;
    private final Map<String, Object> attributes;

    private LabelledArray(String name, List<String> dims, int[] shape, double[] values, Map<String, Object> attributes) {
        this.name = name;
        this.dims = dims;
        this.shape = shape;
        this.values = values;
        this.attributes = attributes;
    }

    /**
     * @param name   variable name (non-blank)
     * @param dims   one distinct name per axis, slowest first
     * @param shape  length of each axis (each ≥ 0)
     * @param values row-major values, {@code product(shape)} of them (copied)
     * @throws IllegalArgumentException if the sizes disagree
     */
    public static LabelledArray of(String name, List<String> dims, int[] shape, double[] values) {
        return owning(name, dims, shape.clone(), values.clone(), Map.of());
    }

    /** Like {@link #of} but with attributes. */
    public static LabelledArray of(String name, List<String> dims, int[] shape, double[] values,
                                   Map<String, ?> attributes) {
        return owning(name, dims, shape.clone(), values.clone(), Attributes.copyOf(attributes));
    }

    /** A 1-D array whose single dimension has the array's own name: a coordinate variable. */
    public static LabelledArray coordinate(String name, double[] values, Map<String, ?> attributes) {
        return of(name, List.of(name), new int[] {values.length}, values, attributes);
    }

    /** Takes ownership of the arrays without copying (package use only). */
    static LabelledArray owning(String name, List<String> dims, int[] shape, double[] values,
                                Map<String, Object> attributes) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("array name must not be blank");
        }
        List<String> d = List.copyOf(dims);
        if (d.size() != shape.length) {
            throw new IllegalArgumentException(name + ": " + d.size() + " dimension names for a shape of rank "
                    + shape.length);
        }
        if (d.stream().distinct().count() != d.size()) {
            throw new IllegalArgumentException(name + ": repeated dimension name in " + d);
        }
        long size = 1;
        for (int n : shape) {
            if (n < 0) {
                throw new IllegalArgumentException(name + ": negative length in shape " + Arrays.toString(shape));
            }
            size *= n;
        }
        if (size != values.length) {
            throw new IllegalArgumentException(name + ": shape " + Arrays.toString(shape) + " needs " + size
                    + " values, got " + values.length);
        }
        return new LabelledArray(name, d, shape, values, attributes);
    }

    public String name() {
        return name;
    }

    /** Dimension names, slowest first (unmodifiable). */
    public List<String> dims() {
        return dims;
    }

    /** Length of each dimension (a copy). */
    public int[] shape() {
        return shape.clone();
    }

    /** Number of elements. */
    public int size() {
        return values.length;
    }

    /** Row-major values (a copy). */
    public double[] values() {
        return values.clone();
    }

    /** Unmodifiable attributes in insertion order; values are String, Number or double[]. */
    public Map<String, Object> attributes() {
        return attributes;
    }

    /** A copy with one more (or a replaced) attribute. */
    public LabelledArray withAttribute(String key, Object value) {
        return new LabelledArray(name, dims, shape, values, Attributes.with(attributes, key, value));
    }

    /** A copy under another name. */
    public LabelledArray withName(String newName) {
        return owning(newName, dims, shape, values, attributes);
    }

    /** @return the axis index of a dimension, or -1 */
    public int axisOf(String dim) {
        return dims.indexOf(dim);
    }

    /** Length of the named dimension. */
    public int length(String dim) {
        return shape[requireAxis(dim)];
    }

    /**
     * One element.
     *
     * @param index one index per dimension
     * @throws IndexOutOfBoundsException if an index is out of range or the count is wrong
     */
    public double get(int... index) {
        if (index.length != shape.length) {
            throw new IndexOutOfBoundsException(name + ": " + index.length + " indices for rank " + shape.length);
        }
        int flat = 0;
        for (int a = 0; a < shape.length; a++) {
            flat = flat * shape[a] + java.util.Objects.checkIndex(index[a], shape[a]);
        }
        return values[flat];
    }

    /**
     * The sub-array at {@code index} along {@code dim}; the result has that dimension removed.
     *
     * @throws IllegalArgumentException if there is no such dimension
     */
    public LabelledArray slice(String dim, int index) {
        int axis = requireAxis(dim);
        java.util.Objects.checkIndex(index, shape[axis]);
        int outer = product(0, axis);
        int inner = product(axis + 1, shape.length);
        double[] out = new double[outer * inner];
        for (int o = 0; o < outer; o++) {
            System.arraycopy(values, (o * shape[axis] + index) * inner, out, o * inner, inner);
        }
        List<String> d = new java.util.ArrayList<>(dims);
        d.remove(axis);
        int[] s = new int[shape.length - 1];
        for (int a = 0, b = 0; a < shape.length; a++) {
            if (a != axis) {
                s[b++] = shape[a];
            }
        }
        return owning(name, d, s, out, attributes);
    }

    /** A copy with the order of elements along {@code dim} reversed (e.g. to make a latitude axis ascend). */
    public LabelledArray reversedAlong(String dim) {
        int axis = requireAxis(dim);
        int n = shape[axis];
        int outer = product(0, axis);
        int inner = product(axis + 1, shape.length);
        double[] out = new double[values.length];
        for (int o = 0; o < outer; o++) {
            for (int k = 0; k < n; k++) {
                System.arraycopy(values, (o * n + k) * inner, out, (o * n + (n - 1 - k)) * inner, inner);
            }
        }
        return owning(name, dims, shape, out, attributes);
    }

    private int requireAxis(String dim) {
        int axis = dims.indexOf(dim);
        if (axis < 0) {
            throw new IllegalArgumentException(name + " has no dimension '" + dim + "' (dims " + dims + ")");
        }
        return axis;
    }

    private int product(int from, int to) {
        int p = 1;
        for (int a = from; a < to; a++) {
            p *= shape[a];
        }
        return p;
    }

    /** Package access to the backing array, without copying. Callers must not modify it. */
    double[] valuesView() {
        return values;
    }

    /**
     * Equal name, dims, shape, values (compared bit for bit, so NaN equals NaN) and attributes (double[] attribute
     * values compared by content).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof LabelledArray a && name.equals(a.name) && dims.equals(a.dims)
                && Arrays.equals(shape, a.shape) && Arrays.equals(values, a.values)
                && attributesEqual(attributes, a.attributes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + dims.hashCode()) + Arrays.hashCode(values);
    }

    private static boolean attributesEqual(Map<String, Object> x, Map<String, Object> y) {
        if (!x.keySet().equals(y.keySet())) {
            return false;
        }
        for (Map.Entry<String, Object> e : x.entrySet()) {
            Object other = y.get(e.getKey());
            boolean same = e.getValue() instanceof double[] a
                    ? other instanceof double[] b && Arrays.equals(a, b)
                    : e.getValue().equals(other);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return name + dims + Arrays.toString(shape);
    }
}
