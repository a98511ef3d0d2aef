package dev.eddy.solver.init;

import dev.eddy.solver.fft.RealFft2D;
import dev.eddy.solver.fft.SpectralField;
import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.fv.LaplacianEigenvalues;
import dev.eddy.solver.grid.Grid;

/**
 * The discretely divergence-free MAC velocity whose discrete curl is a given corner vorticity.
 *
 * <p>With a streamfunction ψ at the cell corners (offset (1, 1)), {@code u_{i,j} = (ψ_{i,j} − ψ_{i,j−1})/Δy} on
 * x-faces and {@code v_{i,j} = −(ψ_{i,j} − ψ_{i−1,j})/Δx} on y-faces. Then the backward-difference divergence vanishes
 * identically and the forward-difference curl (tsm.md §2.2) is {@code ω = −L₅ψ}, L₅ the 5-point Laplacian. So
 * ψ = −L₅⁺ω is solved exactly by FFT with L₅'s eigenvalues (pseudo-inverse: the mean of ω, which no periodic velocity
 * can carry, is dropped).
 */
public final class VelocityFromVorticity {

    private VelocityFromVorticity() {
    }

    /** The velocity of corner vorticity {@code omega} (row-major ny×nx), curl-exact up to ω's mean. */
    public static StaggeredVelocity of(Grid grid, double[] omega) {
        if (omega.length != grid.size()) {
            throw new IllegalArgumentException("vorticity has " + omega.length + " values, grid " + grid + " needs " + grid.size());
        }
        int nx = grid.nx();
        int ny = grid.ny();
        double[] psi = new double[grid.size()];
        try (RealFft2D fft = RealFft2D.of(grid, 1)) {
            SpectralField hat = fft.newSpectrum();
            fft.forward(omega, hat);
            double[] lambda = LaplacianEigenvalues.of(grid);
            double[] re = hat.re();
            double[] im = hat.im();
            for (int k = 0; k < re.length; k++) {
                double l = lambda[k];
                double scale = l != 0.0 ? -1.0 / l : 0.0;
                re[k] *= scale;
                im[k] *= scale;
            }
            fft.inverse(hat, psi);
        }
        double[] u = new double[grid.size()];
        double[] v = new double[grid.size()];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int k = j * nx + i;
                u[k] = (psi[k] - psi[grid.index(i, j - 1)]) / grid.dy();
                v[k] = -(psi[k] - psi[grid.index(i - 1, j)]) / grid.dx();
            }
        }
        return StaggeredVelocity.of(grid, u, v);
    }
}
