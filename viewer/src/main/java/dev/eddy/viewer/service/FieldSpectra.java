package dev.eddy.viewer.service;

import org.jtransforms.fft.DoubleFFT_2D;

/**
 * Energy diagnostics of 2-D incompressible flow computed from a vorticity frame on a doubly periodic grid.
 *
 * <p>With {@code ω̂(m) = (1/N) Σ ω e^{-i k·x}} (N = nx·ny) and wavevector {@code k = 2π (mx/Lx, my/Ly)}, the
 * stream function obeys {@code ∇²ψ = -ω}, so {@code |û(k)|² = |ω̂(k)|² / |k|²}. By Parseval:
 * <ul>
 *   <li>kinetic energy per unit area {@code E = ½⟨|u|²⟩ = Σ_{k≠0} ½ |ω̂(k)|² / |k|²};</li>
 *   <li>enstrophy {@code Z = ½⟨ω²⟩} (computed directly in grid space);</li>
 *   <li>the shell spectrum {@code E(K) = Σ_{K-½ ≤ |m| < K+½} ½ |ω̂|²/|k|²}, reported at {@code k = 2πK/L}, sums to E.</li>
 * </ul>
 * (Standard 2-D turbulence definitions, e.g. Boffetta &amp; Ecke, Annu. Rev. Fluid Mech. 44, 2012.)
 * The domain lengths come from uniform coordinates ({@code L = n·Δ}); without usable coordinates L = 2π.
 */
public final class FieldSpectra {
    private FieldSpectra() {
    }

    /** Isotropic energy spectrum: {@code k[K]} and {@code E[K]} for shells K = 1 … max(nx, ny)/2. */
    public record Spectrum(double[] k, double[] energy) {
    }

    /** Enstrophy ½⟨ω²⟩ over the finite values. */
    public static double enstrophy(Field2D vorticity) {
        double sum = 0;
        int n = 0;
        for (double w : vorticity.values()) {
            if (Double.isFinite(w)) {
                sum += w * w;
                n++;
            }
        }
        return n == 0 ? Double.NaN : 0.5 * sum / n;
    }

    /** Kinetic energy per unit area ½⟨|u|²⟩ from the vorticity (class comment). */
    public static double kineticEnergy(Field2D vorticity) {
        double total = 0;
        for (double e : spectrum(vorticity).energy()) {
            total += e;
        }
        return total;
    }

    /** The shell energy spectrum of the flow with this vorticity (class comment). */
    public static Spectrum spectrum(Field2D vorticity) {
        int nx = vorticity.nx();
        int ny = vorticity.ny();
        double lx = length(vorticity.x());
        double ly = length(vorticity.y());
        double[] a = new double[2 * nx * ny];
        double[] v = vorticity.values();
        for (int i = 0; i < v.length; i++) {
            a[i] = Double.isFinite(v[i]) ? v[i] : 0;
        }
        new DoubleFFT_2D(ny, nx).realForwardFull(a);
        int shells = Math.max(nx, ny) / 2;
        double[] energy = new double[shells + 1];
        double norm = 1.0 / ((double) nx * ny);
        for (int r = 0; r < ny; r++) {
            int my = r <= ny / 2 ? r : r - ny;
            double ky = 2 * Math.PI * my / ly;
            for (int c = 0; c < nx; c++) {
                int mx = c <= nx / 2 ? c : c - nx;
                if (mx == 0 && my == 0) {
                    continue;
                }
                double kx = 2 * Math.PI * mx / lx;
                double re = a[2 * (r * nx + c)] * norm;
                double im = a[2 * (r * nx + c) + 1] * norm;
                double e = 0.5 * (re * re + im * im) / (kx * kx + ky * ky);
                int shell = (int) Math.round(Math.sqrt((double) mx * mx + (double) my * my));
                if (shell <= shells) {
                    energy[shell] += e;
                } else {
                    energy[shells] += e;
                }
            }
        }
        double l = Math.max(lx, ly);
        double[] k = new double[shells];
        double[] e = new double[shells];
        for (int s = 1; s <= shells; s++) {
            k[s - 1] = 2 * Math.PI * s / l;
            e[s - 1] = energy[s];
        }
        return new Spectrum(k, e);
    }

    /** Domain length n·Δ from uniform coordinates, or 2π if they are not uniform or missing. */
    static double length(double[] coordinate) {
        int n = coordinate.length;
        if (n < 2) {
            return 2 * Math.PI;
        }
        double d = (coordinate[n - 1] - coordinate[0]) / (n - 1);
        for (int i = 1; i < n; i++) {
            if (Math.abs(coordinate[i] - coordinate[i - 1] - d) > 1e-6 * Math.abs(d)) {
                return 2 * Math.PI;
            }
        }
        return d > 0 ? n * d : 2 * Math.PI;
    }
}
