package dev.eddy.solver.fv;

import dev.eddy.solver.fft.RealFft2D;
import dev.eddy.solver.fft.SpectralField;
import dev.eddy.solver.grid.Grid;

/**
 * Backward-Euler diffusion solve {@code c ← (I − νΔt∇²_h)⁻¹ c} by FFT with the 5-point Laplacian's eigenvalues
 * {@code λ} (tsm.md §2.5; JAX-CFD {@code diffusion.solve_fast_diag}). For accuracy the update is applied as a
 * correction,
 * <pre>
 *   c ← c + F⁻¹[ (νΔtλ / (1 − νΔtλ)) · F c ]
 * </pre>
 * which equals {@code F⁻¹[F c / (1 − νΔtλ)]} exactly but keeps the rounding error relative to the (small) change.
 * Each Fourier mode is multiplied by {@code 1/(1 − νΔtλ)}. On a periodic grid the solve commutes with the
 * divergence, so a projected velocity stays divergence-free.
 *
 * <p>Holds its scratch arrays: one instance per thread of use, no allocation per call.
 */
public final class ImplicitDiffusion {
    private final RealFft2D fft;
    private final double[] multiplier;
    private final SpectralField spectrum;
    private final double[] correction;

    /**
     * @param viscosityTimesDt {@code ν·Δt ≥ 0}
     */
    public ImplicitDiffusion(Grid grid, RealFft2D fft, double viscosityTimesDt) {
        if (!(viscosityTimesDt >= 0) || !Double.isFinite(viscosityTimesDt)) {
            throw new IllegalArgumentException("ν·Δt must be finite and ≥ 0, got " + viscosityTimesDt);
        }
        if (fft.nx() != grid.nx() || fft.ny() != grid.ny()) {
            throw new IllegalArgumentException("FFT " + fft + " does not match " + grid);
        }
        this.fft = fft;
        double[] lambda = LaplacianEigenvalues.of(grid);
        multiplier = new double[lambda.length];
        for (int k = 0; k < lambda.length; k++) {
            double a = viscosityTimesDt * lambda[k];
            multiplier[k] = a / (1 - a);
        }
        spectrum = fft.newSpectrum();
        correction = new double[grid.size()];
    }

    /** The factor {@code 1/(1 − νΔtλ)} of each mode, rfft2 layout (fresh array). */
    public double[] decayFactors() {
        double[] f = new double[multiplier.length];
        for (int k = 0; k < f.length; k++) {
            f[k] = 1 + multiplier[k];
        }
        return f;
    }

    /** Solves in place: {@code c ← (I − νΔt∇²_h)⁻¹ c}. */
    public void solveInPlace(double[] c) {
        fft.forward(c, spectrum);
        double[] re = spectrum.re();
        double[] im = spectrum.im();
        for (int k = 0; k < re.length; k++) {
            re[k] *= multiplier[k];
            im[k] *= multiplier[k];
        }
        fft.inverse(spectrum, correction);
        for (int k = 0; k < c.length; k++) {
            c[k] += correction[k];
        }
    }
}
