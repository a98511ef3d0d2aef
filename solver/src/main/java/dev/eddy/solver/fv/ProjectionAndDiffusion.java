package dev.eddy.solver.fv;

import dev.eddy.solver.fft.RealFft2D;
import dev.eddy.solver.fft.SpectralField;
import dev.eddy.solver.fft.WorkerTeam;
import dev.eddy.solver.fft.Wavenumbers;
import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.operators.RowLoops;

/**
 * {@link PressureProjection} followed by {@link ImplicitDiffusion}, applied together in Fourier space with 2
 * forward and 2 inverse FFTs instead of 6 (the second half of the implicit-diffusion step, tsm.md §2.4–2.5).
 *
 * <p>All operators involved are circulant, so each Fourier mode {@code m} is handled alone. With
 * {@code θ_x = 2π m_x/n_x}, {@code θ_y = 2π m_y/n_y}, the backward-difference symbol
 * {@code B_x = (1 − e^{−iθ_x})/Δx}, the forward-difference symbol {@code F_x = (e^{iθ_x} − 1)/Δx} (same along y)
 * and {@code λ = F_x B_x + F_y B_y = (2cosθ_x − 2)/Δx² + (2cosθ_y − 2)/Δy²}:
 * <pre>
 *   d̂ = B_x û + B_y v̂                  divergence
 *   q̂ = d̂/λ  (0 where |λ| &lt; cutoff)     pressure correction, pseudo-inverse
 *   û ← (û − F_x q̂)/(1 − νΔtλ)          projection, then backward-Euler diffusion
 *   v̂ ← (v̂ − F_y q̂)/(1 − νΔtλ)
 * </pre>
 * This is the same linear map as the two separate solves (a test checks agreement to rounding); only the order of
 * floating-point operations differs. JAX-CFD's correction form {@code v + F⁻¹[νΔtλ/(1−νΔtλ)·v̂]} guards float32
 * arithmetic; eddy computes in double (see {@link StatePrecision}), where both forms agree to ~1e-16 relative.
 *
 * <p>Holds its scratch spectra: one instance per thread of use, no allocation per call.
 */
final class ProjectionAndDiffusion {
    private final Grid grid;
    private final RealFft2D fft;
    private final WorkerTeam team;
    private final double[] bxRe;
    private final double[] bxIm;
    private final double[] fxRe;
    private final double[] fxIm;
    private final double[] byRe;
    private final double[] byIm;
    private final double[] fyRe;
    private final double[] fyIm;
    private final double[] inverseEigenvalues;
    private final double[] diffusionFactors;
    private final SpectralField su;
    private final SpectralField sv;

    ProjectionAndDiffusion(Grid grid, RealFft2D fft, WorkerTeam team, double viscosityTimesDt) {
        this.grid = grid;
        this.fft = fft;
        this.team = team;
        int[] mx = Wavenumbers.of(grid).integerX();
        int[] my = Wavenumbers.of(grid).integerY();
        bxRe = new double[mx.length];
        bxIm = new double[mx.length];
        fxRe = new double[mx.length];
        fxIm = new double[mx.length];
        symbols(mx, grid.nx(), grid.dx(), bxRe, bxIm, fxRe, fxIm);
        byRe = new double[my.length];
        byIm = new double[my.length];
        fyRe = new double[my.length];
        fyIm = new double[my.length];
        symbols(my, grid.ny(), grid.dy(), byRe, byIm, fyRe, fyIm);
        double[] lambda = LaplacianEigenvalues.of(grid);
        inverseEigenvalues = new double[lambda.length];
        diffusionFactors = new double[lambda.length];
        for (int k = 0; k < lambda.length; k++) {
            inverseEigenvalues[k] = Math.abs(lambda[k]) < PressureProjection.CUTOFF ? 0 : 1 / lambda[k];
            diffusionFactors[k] = 1 / (1 - viscosityTimesDt * lambda[k]);
        }
        su = fft.newSpectrum();
        sv = fft.newSpectrum();
    }

    /** {@code B = (1 − e^{−iθ})/Δ = ((1 − cosθ) + i sinθ)/Δ}, {@code F = (e^{iθ} − 1)/Δ = ((cosθ − 1) + i sinθ)/Δ}. */
    private static void symbols(int[] m, int n, double spacing, double[] bRe, double[] bIm, double[] fRe, double[] fIm) {
        for (int k = 0; k < m.length; k++) {
            double theta = 2 * Math.PI * m[k] / n;
            double c = Math.cos(theta);
            double s = Math.sin(theta);
            bRe[k] = (1 - c) / spacing;
            bIm[k] = s / spacing;
            fRe[k] = (c - 1) / spacing;
            fIm[k] = s / spacing;
        }
    }

    /** {@code (u, v) ← (I − νΔt∇²_h)⁻¹ P(u, v)} in place. */
    void applyInPlace(double[] u, double[] v) {
        fft.forward(u, su);
        fft.forward(v, sv);
        int columns = su.columns();
        double[] ur = su.re();
        double[] ui = su.im();
        double[] vr = sv.re();
        double[] vi = sv.im();
        RowLoops.forRows(team, grid.ny(), (r0, r1) -> {
            for (int r = r0; r < r1; r++) {
                double byr = byRe[r];
                double byi = byIm[r];
                double fyr = fyRe[r];
                double fyi = fyIm[r];
                for (int c = 0, k = r * columns; c < columns; c++, k++) {
                    double aur = ur[k];
                    double aui = ui[k];
                    double avr = vr[k];
                    double avi = vi[k];
                    double inv = inverseEigenvalues[k];
                    double qr = (bxRe[c] * aur - bxIm[c] * aui + byr * avr - byi * avi) * inv;
                    double qi = (bxRe[c] * aui + bxIm[c] * aur + byr * avi + byi * avr) * inv;
                    double m = diffusionFactors[k];
                    ur[k] = (aur - (fxRe[c] * qr - fxIm[c] * qi)) * m;
                    ui[k] = (aui - (fxRe[c] * qi + fxIm[c] * qr)) * m;
                    vr[k] = (avr - (fyr * qr - fyi * qi)) * m;
                    vi[k] = (avi - (fyr * qi + fyi * qr)) * m;
                }
            }
        });
        fft.inverse(su, u);
        fft.inverse(sv, v);
    }
}
