package dev.eddy.solver.diagnostics;

import dev.eddy.solver.fft.RealFft2D;
import dev.eddy.solver.fft.SpectralField;
import dev.eddy.solver.fft.Wavenumbers;
import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.grid.Grid;

/**
 * Isotropic (shell-binned) kinetic energy spectrum. With {@code F} numpy's unnormalised DFT and {@code N = nx·ny},
 * <pre>
 *   E(k) = Σ_{modes m with round(|m|) = k} ½ (|û_m|² + |v̂_m|²) / N²,    k = 0, 1, …, round(|m|_max)
 * </pre>
 * where {@code |m| = sqrt(m_x² + m_y²)} is the integer wavenumber (cycles per domain; equal to the angular
 * wavenumber on the 2π box). By Parseval {@code Σ_k E(k) = ½·mean(u² + v²)}, the kinetic energy per unit area.
 * The staggering of u and v only changes the phase of their coefficients, not their magnitude.
 */
public final class EnergySpectrum {
    private EnergySpectrum() {}

    /** The spectrum of a MAC velocity. */
    public static double[] of(StaggeredVelocity velocity) {
        Grid g = velocity.grid();
        try (RealFft2D fft = RealFft2D.of(g)) {
            SpectralField su = fft.newSpectrum();
            SpectralField sv = fft.newSpectrum();
            fft.forward(velocity.u().data(), su);
            fft.forward(velocity.v().data(), sv);
            double[] power = new double[su.size()];
            for (int m = 0; m < power.length; m++) {
                power[m] = su.re()[m] * su.re()[m] + su.im()[m] * su.im()[m]
                        + sv.re()[m] * sv.re()[m] + sv.im()[m] * sv.im()[m];
            }
            return bin(g, power);
        }
    }

    /**
     * The spectrum of the velocity whose vorticity is {@code ω} (row-major on {@code grid}, any offset):
     * {@code |û|² + |v̂|² = |ω̂|²/|k|²} with {@code k} the angular wavenumber; the mean flow is not recoverable from
     * ω and is taken as zero.
     */
    public static double[] fromVorticity(Grid grid, double[] vorticity) {
        try (RealFft2D fft = RealFft2D.of(grid)) {
            SpectralField s = fft.newSpectrum();
            fft.forward(vorticity, s);
            double[] k2 = Wavenumbers.of(grid).squaredModulus();
            double[] power = new double[s.size()];
            for (int m = 0; m < power.length; m++) {
                power[m] = k2[m] > 0 ? (s.re()[m] * s.re()[m] + s.im()[m] * s.im()[m]) / k2[m] : 0;
            }
            return bin(grid, power);
        }
    }

    /** Shell-bins {@code ½·power/N²} over the rfft2 layout; interior columns stand for two modes (±m_x). */
    private static double[] bin(Grid g, double[] power) {
        Wavenumbers w = Wavenumbers.of(g);
        int[] mx = w.integerX();
        int[] my = w.integerY();
        int columns = mx.length;
        int maxShell = (int) Math.round(Math.hypot(g.nx() / 2.0, g.ny() / 2.0));
        double[] e = new double[maxShell + 1];
        double n2 = (double) g.size() * g.size();
        for (int r = 0; r < g.ny(); r++) {
            for (int c = 0; c < columns; c++) {
                double weight = (c == 0 || c == g.nx() / 2) ? 1 : 2;
                int shell = (int) Math.round(Math.hypot(mx[c], my[r]));
                e[shell] += weight * 0.5 * power[r * columns + c] / n2;
            }
        }
        return e;
    }
}
