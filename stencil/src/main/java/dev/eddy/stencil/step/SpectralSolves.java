package dev.eddy.stencil.step;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Exact, differentiable solves with the periodic 5-point Laplacian by a separable discrete Hartley transform written
 * as dense matrix products (SameDiff has no FFT, java-stack.md §1).
 *
 * <p>With {@code H[k][m] = cos(2πkm/N) + sin(2πkm/N)} (symmetric, {@code H·H = N·I}) and a field {@code X[y][x]},
 * {@code X̂ = H X H}. The Laplacian eigenvalue {@code λ(kx,ky) = (2cos(2πkx/N) − 2 + 2cos(2πky/N) − 2)/Δ²} is even in
 * each wavenumber, so {@code H} diagonalises it (samediff-fv.md §2, "Hartley rather than DFT"):
 * {@code f(L) X = H (f(λ) ⊙ H X H) H / N²}.
 * <ul>
 * <li>Pressure: {@code q = L⁺ d}, the pseudo-inverse dropping the λ = 0 mode (tsm.md §2.4).</li>
 * <li>Implicit diffusion: {@code (I − ν dt L)⁻¹ w = w + [ν dt λ/(1 − ν dt λ)]-filtered w} (tsm.md §2.5).</li>
 * </ul>
 * The transform is applied as {@code R, transpose, R} with {@code R(X) = X·H} on {@code [M·N, N]} reshapes.
 */
public final class SpectralSolves {

    private final SameDiff sd;
    private final int n;
    private final SDVariable hartley;
    private final SDVariable poissonMultiplier;
    private final SDVariable diffusionMultiplier;

    public SpectralSolves(SameDiff sd, FlowParameters p, DataType type) {
        this.sd = sd;
        this.n = p.n();
        double[][] h = new double[n][n];
        for (int k = 0; k < n; k++) {
            for (int m = 0; m < n; m++) {
                double a = 2 * Math.PI * ((long) k * m % n) / n;
                h[k][m] = Math.cos(a) + Math.sin(a);
            }
        }
        double[][] poisson = new double[n][n];
        double[][] diffusion = new double[n][n];
        double norm = (double) n * n;
        for (int ky = 0; ky < n; ky++) {
            for (int kx = 0; kx < n; kx++) {
                double lambda = laplacianEigenvalue(kx, ky, n, p.spacing());
                poisson[ky][kx] = (kx == 0 && ky == 0) ? 0.0 : 1.0 / lambda / norm;
                double a = p.viscosity() * p.dt() * lambda;
                diffusion[ky][kx] = a / (1 - a) / norm;
            }
        }
        this.hartley = sd.constant(Nd4j.create(h).castTo(type));
        // the transposed multiplier is applied (see transformed); the square grid makes it symmetric anyway
        this.poissonMultiplier = sd.constant(Nd4j.create(poisson).transpose().dup().castTo(type));
        this.diffusionMultiplier = sd.constant(Nd4j.create(diffusion).transpose().dup().castTo(type));
    }

    /** Eigenvalue of the periodic 5-point Laplacian for wavenumbers (kx, ky) on an N×N grid of spacing Δ. */
    public static double laplacianEigenvalue(int kx, int ky, int n, double spacing) {
        return (2 * Math.cos(2 * Math.PI * kx / n) - 2 + 2 * Math.cos(2 * Math.PI * ky / n) - 2)
                / (spacing * spacing);
    }

    /** {@code L⁺ d} for a field {@code d} of shape {@code [B, 1, N, N]}. */
    public SDVariable poisson(SDVariable d) {
        return filtered(d, poissonMultiplier);
    }

    /** {@code (I − ν dt L)⁻¹ w} for each channel of {@code w} of shape {@code [B, C, N, N]}. */
    public SDVariable diffuse(SDVariable w) {
        return w.add(filtered(w, diffusionMultiplier));
    }

    private SDVariable filtered(SDVariable a, SDVariable multiplierTransposed) {
        SDVariable shape = a.shape();
        SDVariable flat = sd.reshape(a, -1, n, n);
        // R T R gives (H X H)ᵀ; multiply by fᵀ; R T R again gives H (f ⊙ H X H) H
        SDVariable spectrumT = right(transpose(right(flat)));
        SDVariable back = right(transpose(right(spectrumT.mul(multiplierTransposed))));
        return sd.reshape(back, shape);
    }

    private SDVariable right(SDVariable x) {
        return sd.reshape(sd.mmul(sd.reshape(x, -1, n), hartley), -1, n, n);
    }

    private SDVariable transpose(SDVariable x) {
        return sd.permute(x, 0, 2, 1);
    }
}
