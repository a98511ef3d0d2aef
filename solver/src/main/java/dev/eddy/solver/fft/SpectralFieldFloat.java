package dev.eddy.solver.fft;

import java.util.Arrays;

/**
 * Float32 twin of {@link SpectralField} (same layout, conventions and threading; generated from it by renaming types).
 *
 * A complex 2-D spectrum of a real {@code ny × nx} field in numpy's {@code rfft2} layout: {@code ny} rows (the full
 * y-wavenumber axis) by {@code nx/2 + 1} columns (the non-negative x-wavenumbers).
 *
 * <p>Storage is two separate row-major arrays (split complex, not interleaved): the coefficient of row {@code r}, column
 * {@code c} is {@code re()[r * columns() + c] + i·im()[r * columns() + c]}. Row {@code r} holds the y-wavenumber
 * {@code r} for {@code r < ny/2} and {@code r − ny} otherwise (numpy {@code fftfreq} order); column {@code c} holds
 * the x-wavenumber {@code c} ({@code rfftfreq} order). See {@link Wavenumbers}.
 *
 * <p>This is a mutable buffer: solvers write into it in place, so it is not thread-safe. Its arrays are exposed
 * directly for fast loops; their length never changes.
 */
public final class SpectralFieldFloat {

    private final int ny;
    private final int nx;
    private final int columns;
    private final float[] re;
    private final float[] im;

    private SpectralFieldFloat(int ny, int nx, float[] re, float[] im) {
        this.ny = ny;
        this.nx = nx;
        this.columns = nx / 2 + 1;
        this.re = re;
        this.im = im;
    }

    /** A zero spectrum of an {@code ny × nx} real field ({@code nx} and {@code ny} even, ≥ 2). */
    public static SpectralFieldFloat zeros(int ny, int nx) {
        FftShapes.requireEven(ny, nx);
        int size = ny * (nx / 2 + 1);
        return new SpectralFieldFloat(ny, nx, new float[size], new float[size]);
    }

    /** Wraps existing arrays (not copied); both must have length {@code ny·(nx/2+1)}. */
    public static SpectralFieldFloat wrap(int ny, int nx, float[] re, float[] im) {
        FftShapes.requireEven(ny, nx);
        int size = ny * (nx / 2 + 1);
        if (re.length != size || im.length != size) {
            throw new IllegalArgumentException("spectrum of a " + ny + "×" + nx + " field needs arrays of length "
                    + size + " (" + ny + " rows × " + (nx / 2 + 1) + " columns), got " + re.length + " and " + im.length);
        }
        return new SpectralFieldFloat(ny, nx, re, im);
    }

    /** Rows of the real field this is the spectrum of (= rows of the spectrum). */
    public int ny() {
        return ny;
    }

    /** Columns of the real field this is the spectrum of. */
    public int nx() {
        return nx;
    }

    /** Columns of the spectrum: {@code nx/2 + 1}. */
    public int columns() {
        return columns;
    }

    /** Number of complex coefficients: {@code ny · (nx/2 + 1)}. */
    public int size() {
        return re.length;
    }

    /** Real parts, row-major, length {@link #size()}. */
    public float[] re() {
        return re;
    }

    /** Imaginary parts, row-major, length {@link #size()}. */
    public float[] im() {
        return im;
    }

    /** Real part of the coefficient at (row, column). */
    public float re(int row, int column) {
        return re[row * columns + column];
    }

    /** Imaginary part of the coefficient at (row, column). */
    public float im(int row, int column) {
        return im[row * columns + column];
    }

    /** Sets the coefficient at (row, column). */
    public void set(int row, int column, float real, float imag) {
        re[row * columns + column] = real;
        im[row * columns + column] = imag;
    }

    /** Copies {@code other}'s coefficients into this one (same shape required). */
    public void copyFrom(SpectralFieldFloat other) {
        requireSameShape(other);
        System.arraycopy(other.re, 0, re, 0, re.length);
        System.arraycopy(other.im, 0, im, 0, im.length);
    }

    /** A deep copy. */
    public SpectralFieldFloat copy() {
        return new SpectralFieldFloat(ny, nx, re.clone(), im.clone());
    }

    /** Sets every coefficient to zero. */
    public void clear() {
        Arrays.fill(re, 0f);
        Arrays.fill(im, 0f);
    }

    /** Throws if {@code other} is not the spectrum of a field of the same shape. */
    public void requireSameShape(SpectralFieldFloat other) {
        if (other.ny != ny || other.nx != nx) {
            throw new IllegalArgumentException("spectrum shapes differ: " + ny + "×" + nx + " vs " + other.ny + "×" + other.nx);
        }
    }

    @Override
    public String toString() {
        return "SpectralFieldFloat[rfft2 of " + ny + "×" + nx + ": " + ny + " rows × " + columns + " columns]";
    }
}
