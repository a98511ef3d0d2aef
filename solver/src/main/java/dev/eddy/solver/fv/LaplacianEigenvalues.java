package dev.eddy.solver.fv;

import dev.eddy.solver.fft.Wavenumbers;
import dev.eddy.solver.grid.Grid;

/**
 * Eigenvalues of the periodic 5-point Laplacian on the {@code rfft2} layout of a grid (tsm.md §2.4; JAX-CFD
 * {@code array_utils.laplacian_matrix} diagonalised by FFT):
 * <pre>
 *   λ(m_x, m_y) = (2cos(2π m_x/n_x) − 2)/Δx² + (2cos(2π m_y/n_y) − 2)/Δy²   ≤ 0
 * </pre>
 * with integer wavenumbers {@code m} in the order of {@link Wavenumbers}. Row-major {@code ny × (nx/2+1)}.
 */
public final class LaplacianEigenvalues {
    private LaplacianEigenvalues() {}

    /** The eigenvalues of the 5-point Laplacian on {@code grid}, in rfft2 layout. */
    public static double[] of(Grid grid) {
        int[] mx = Wavenumbers.of(grid).integerX();
        int[] my = Wavenumbers.of(grid).integerY();
        double[] lx = axis(mx, grid.nx(), grid.dx());
        double[] ly = axis(my, grid.ny(), grid.dy());
        int columns = mx.length;
        double[] lambda = new double[grid.ny() * columns];
        for (int r = 0; r < grid.ny(); r++) {
            for (int c = 0; c < columns; c++) {
                lambda[r * columns + c] = lx[c] + ly[r];
            }
        }
        return lambda;
    }

    /** One-axis eigenvalue {@code (2cos(2πm/n) − 2)/Δ²} of the second difference. */
    public static double axisEigenvalue(int m, int n, double spacing) {
        return (2 * Math.cos(2 * Math.PI * m / n) - 2) / (spacing * spacing);
    }

    private static double[] axis(int[] m, int n, double spacing) {
        double[] out = new double[m.length];
        for (int k = 0; k < m.length; k++) {
            out[k] = axisEigenvalue(m[k], n, spacing);
        }
        return out;
    }
}
