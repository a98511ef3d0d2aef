package dev.eddy.solver.spectral;

import dev.eddy.solver.fft.RealFft2D;
import dev.eddy.solver.fft.SpectralField;
import dev.eddy.solver.fft.Wavenumbers;
import dev.eddy.solver.fft.WorkerTeam;
import dev.eddy.solver.grid.Grid;

/**
 * Spectral conversions and integrals for the vorticity state {@code ω̂ = rfft2(ω)} on a doubly periodic grid.
 *
 * <ul>
 *   <li>velocity from vorticity: {@code ψ̂ = ω̂/|k|²}, {@code û = i·k_y·ψ̂}, {@code v̂ = −i·k_x·ψ̂}
 *       (JAX-CFD {@code vorticity_to_velocity}), so {@code ω = ∂x v − ∂y u} and {@code ∇·u = 0};</li>
 *   <li>vorticity from velocity: {@code ω̂ = i·(k_x·v̂ − k_y·û)};</li>
 *   <li>domain-mean kinetic energy {@code E = ½⟨u² + v²⟩ = (1/(2N⁴)) Σ_k |ω̂_k|²/|k|²} and enstrophy
 *       {@code Z = ½⟨ω²⟩ = (1/(2N⁴)) Σ_k |ω̂_k|²}, sums over the full spectrum ({@code N⁴ = (nx·ny)²}; half-spectrum
 *       columns {@code 0 < k_x < nx/2} count twice, Parseval);</li>
 *   <li>spectral truncation to a coarser M×M' grid on the same domain.</li>
 * </ul>
 */
public final class VorticitySpectra {

    private VorticitySpectra() {
    }

    /** Domain-mean kinetic energy ½⟨u² + v²⟩ of the flow with vorticity spectrum {@code omegaHat} on {@code grid}. */
    public static double energy(Grid grid, SpectralField omegaHat) {
        double[] k2 = Wavenumbers.of(grid).squaredModulus();
        return weightedSum(grid, omegaHat, k2, true);
    }

    /** Domain-mean enstrophy ½⟨ω²⟩. */
    public static double enstrophy(Grid grid, SpectralField omegaHat) {
        return weightedSum(grid, omegaHat, null, false);
    }

    private static double weightedSum(Grid grid, SpectralField s, double[] k2, boolean divide) {
        int columns = s.columns();
        int nyquist = grid.nx() / 2;
        double sum = 0;
        for (int r = 0; r < s.ny(); r++) {
            for (int c = 0; c < columns; c++) {
                int i = r * columns + c;
                double power = s.re()[i] * s.re()[i] + s.im()[i] * s.im()[i];
                if (divide) {
                    power = k2[i] > 0 ? power / k2[i] : 0.0;
                }
                sum += (c == 0 || c == nyquist) ? power : 2 * power;
            }
        }
        double n2 = (double) grid.size() * grid.size();
        return 0.5 * sum / n2;
    }

    /** Nodal velocity {@code (u, v)} from the vorticity spectrum. */
    public static void velocity(Grid grid, RealFft2D fft, SpectralField omegaHat, double[] u, double[] v) {
        Wavenumbers k = Wavenumbers.of(grid);
        double[] kx = k.angularX();
        double[] ky = k.angularY();
        SpectralField uHat = fft.newSpectrum();
        SpectralField vHat = fft.newSpectrum();
        int columns = omegaHat.columns();
        for (int r = 0; r < grid.ny(); r++) {
            for (int c = 0; c < columns; c++) {
                int i = r * columns + c;
                double k2 = kx[c] * kx[c] + ky[r] * ky[r];
                double inv = k2 > 0 ? 1 / k2 : 0;
                double pr = omegaHat.re()[i] * inv;
                double pi = omegaHat.im()[i] * inv;
                uHat.re()[i] = -ky[r] * pi;
                uHat.im()[i] = ky[r] * pr;
                vHat.re()[i] = kx[c] * pi;
                vHat.im()[i] = -kx[c] * pr;
            }
        }
        fft.inverse(uHat, u);
        fft.inverse(vHat, v);
    }

    /** Vorticity spectrum {@code ω̂ = i·(k_x·v̂ − k_y·û)} of nodal velocity {@code (u, v)}. */
    public static SpectralField vorticityFromVelocity(Grid grid, RealFft2D fft, double[] u, double[] v) {
        Wavenumbers k = Wavenumbers.of(grid);
        double[] kx = k.angularX();
        double[] ky = k.angularY();
        SpectralField uHat = fft.newSpectrum();
        SpectralField vHat = fft.newSpectrum();
        fft.forward(u, uHat);
        fft.forward(v, vHat);
        SpectralField w = fft.newSpectrum();
        int columns = w.columns();
        for (int r = 0; r < grid.ny(); r++) {
            for (int c = 0; c < columns; c++) {
                int i = r * columns + c;
                double sr = kx[c] * vHat.re()[i] - ky[r] * uHat.re()[i];
                double si = kx[c] * vHat.im()[i] - ky[r] * uHat.im()[i];
                w.re()[i] = -si;
                w.im()[i] = sr;
            }
        }
        return w;
    }

    /**
     * Spectral truncation of a vorticity spectrum on an {@code ny × nx} grid to an {@code my × mx} grid on the same
     * domain (even, no larger): keeps the modes {@code |k_x| < mx/2}, {@code |k_y| < my/2}, zeroes the coarse Nyquist
     * row and column, and rescales by {@code (mx·my)/(nx·ny)} for the unnormalised forward transform. A field made of
     * kept modes only is reproduced exactly on the coarse nodes {@code x_i = i·L/mx}.
     */
    public static SpectralField truncate(SpectralField fine, int my, int mx) {
        int ny = fine.ny();
        int nx = fine.nx();
        if (my > ny || mx > nx) {
            throw new IllegalArgumentException("truncation target " + my + "×" + mx + " is larger than the source "
                    + ny + "×" + nx);
        }
        SpectralField coarse = SpectralField.zeros(my, mx);
        double scale = (double) mx * my / ((double) nx * ny);
        int coarseColumns = coarse.columns();
        for (int r = 0; r < my; r++) {
            int f = Wavenumbers.fullAxisFrequency(r, my);
            if (Math.abs(f) >= my / 2) {
                continue;
            }
            int sourceRow = Math.floorMod(f, ny);
            for (int c = 0; c < mx / 2; c++) {
                coarse.re()[r * coarseColumns + c] = scale * fine.re(sourceRow, c);
                coarse.im()[r * coarseColumns + c] = scale * fine.im(sourceRow, c);
            }
        }
        return coarse;
    }

    /** Nodal vorticity on {@code coarse} (same domain as {@code grid}), spectrally truncated from nodal {@code omega} on {@code grid}. */
    public static double[] truncateVorticity(Grid grid, double[] omega, Grid coarse) {
        try (RealFft2D fineFft = RealFft2D.of(grid.ny(), grid.nx(), WorkerTeam.single());
             RealFft2D coarseFft = RealFft2D.of(coarse.ny(), coarse.nx(), WorkerTeam.single())) {
            if (Math.abs(grid.lx() - coarse.lx()) > 1e-12 * grid.lx() || Math.abs(grid.ly() - coarse.ly()) > 1e-12 * grid.ly()) {
                throw new IllegalArgumentException("truncation keeps the domain: " + grid + " vs " + coarse);
            }
            SpectralField s = fineFft.newSpectrum();
            fineFft.forward(omega, s);
            SpectralField t = truncate(s, coarse.ny(), coarse.nx());
            double[] out = new double[coarse.size()];
            coarseFft.inverse(t, out);
            return out;
        }
    }
}
