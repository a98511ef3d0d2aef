package dev.eddy.solver.fft;

import dev.eddy.solver.grid.Grid;

/**
 * Wavenumbers of the {@link SpectralField} ({@code rfft2}) layout of a {@link Grid}.
 *
 * <p>Integer wavenumbers follow numpy: along x (the half axis, {@code rfftfreq(nx)·nx}) column {@code c} has
 * {@code m_x = c}, {@code 0 ≤ c ≤ nx/2}; along y (the full axis, {@code fftfreq(ny)·ny}) row {@code r} has
 * {@code m_y = r} for {@code r < ny/2} and {@code r − ny} otherwise, so the Nyquist row is {@code −ny/2}.
 * Angular wavenumbers are {@code k = 2π·m/L}; on the default {@code [0, 2π)} box {@code k = m}. JAX-CFD's
 * {@code grid.rfft_mesh()} is in cycles per length, {@code m/L}.
 *
 * <p>Immutable; accessors return fresh copies.
 */
public final class Wavenumbers {

    private final int nx;
    private final int ny;
    private final double lx;
    private final double ly;

    private Wavenumbers(int nx, int ny, double lx, double ly) {
        FftShapes.requireEven(ny, nx);
        this.nx = nx;
        this.ny = ny;
        this.lx = lx;
        this.ly = ly;
    }

    /** Wavenumbers of {@code grid}'s spectra (even {@code nx}, {@code ny}). */
    public static Wavenumbers of(Grid grid) {
        return new Wavenumbers(grid.nx(), grid.ny(), grid.lx(), grid.ly());
    }

    /** Integer frequency of index {@code index} in a length-{@code n} full FFT axis (numpy {@code fftfreq(n)[index]·n}). */
    public static int fullAxisFrequency(int index, int n) {
        return index < n / 2 ? index : index - n;
    }

    /** Integer x-wavenumbers of the {@code nx/2+1} columns: {@code 0, 1, …, nx/2}. */
    public int[] integerX() {
        int[] m = new int[nx / 2 + 1];
        for (int c = 0; c < m.length; c++) {
            m[c] = c;
        }
        return m;
    }

    /** Integer y-wavenumbers of the {@code ny} rows: {@code 0, 1, …, ny/2−1, −ny/2, …, −1}. */
    public int[] integerY() {
        int[] m = new int[ny];
        for (int r = 0; r < ny; r++) {
            m[r] = fullAxisFrequency(r, ny);
        }
        return m;
    }

    /** Angular x-wavenumbers {@code 2π·m_x/lx} of the columns. */
    public double[] angularX() {
        return scale(integerX(), 2 * Math.PI / lx);
    }

    /** Angular y-wavenumbers {@code 2π·m_y/ly} of the rows. */
    public double[] angularY() {
        return scale(integerY(), 2 * Math.PI / ly);
    }

    /** x-wavenumbers of the columns in cycles per length, {@code m_x/lx} (JAX-CFD's {@code rfft_mesh}). */
    public double[] cyclesX() {
        return scale(integerX(), 1.0 / lx);
    }

    /** y-wavenumbers of the rows in cycles per length, {@code m_y/ly}. */
    public double[] cyclesY() {
        return scale(integerY(), 1.0 / ly);
    }

    /** {@code |k|² = k_x² + k_y²} (angular) on the rfft mesh, row-major {@code ny × (nx/2+1)}. */
    public double[] squaredModulus() {
        double[] kx = angularX();
        double[] ky = angularY();
        int columns = kx.length;
        double[] k2 = new double[ny * columns];
        for (int r = 0; r < ny; r++) {
            for (int c = 0; c < columns; c++) {
                k2[r * columns + c] = kx[c] * kx[c] + ky[r] * ky[r];
            }
        }
        return k2;
    }

    private static double[] scale(int[] m, double factor) {
        double[] k = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            k[i] = m[i] * factor;
        }
        return k;
    }

    @Override
    public String toString() {
        return "Wavenumbers[rfft2 of " + ny + "×" + nx + " on " + lx + "×" + ly + "]";
    }
}
