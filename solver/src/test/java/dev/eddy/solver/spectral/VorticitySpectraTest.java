package dev.eddy.solver.spectral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eddy.solver.fft.RealFft2D;
import dev.eddy.solver.fft.SpectralField;
import dev.eddy.solver.grid.Grid;
import org.junit.jupiter.api.Test;

class VorticitySpectraTest {

    /** ω(x, y) = cos(3x − 2y) + 0.5·sin(7y) + 0.2·sin(5x + 6y) on the nodes of {@code grid}. */
    private static double[] field(Grid grid) {
        double[] x = grid.xCoordinates(0.0);
        double[] y = grid.yCoordinates(0.0);
        double[] w = new double[grid.size()];
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                w[j * grid.nx() + i] = Math.cos(3 * x[i] - 2 * y[j]) + 0.5 * Math.sin(7 * y[j])
                        + 0.2 * Math.sin(5 * x[i] + 6 * y[j]);
            }
        }
        return w;
    }

    @Test
    void truncationKeepsLowModesExactly() {
        Grid fine = Grid.square2Pi(64);
        Grid coarse = Grid.square2Pi(16);
        double[] w = field(fine);
        double[] t = VorticitySpectra.truncateVorticity(fine, w, coarse);
        double[] expected = field(coarse);
        for (int i = 0; i < t.length; i++) {
            assertEquals(expected[i], t[i], 1e-13, "coarse node " + i);
        }
    }

    @Test
    void truncationDropsModesTheCoarseGridCannotHold() {
        Grid fine = Grid.square2Pi(64);
        Grid coarse = Grid.square2Pi(16);
        double[] x = fine.xCoordinates(0.0);
        double[] y = fine.yCoordinates(0.0);
        double[] w = new double[fine.size()];
        for (int j = 0; j < 64; j++) {
            for (int i = 0; i < 64; i++) {
                // k_x = 8 is the coarse Nyquist, k_y = 12 beyond it, k = (1, 1) kept
                w[j * 64 + i] = Math.cos(8 * x[i]) + Math.sin(12 * y[j]) + Math.cos(x[i] + y[j]);
            }
        }
        double[] t = VorticitySpectra.truncateVorticity(fine, w, coarse);
        double[] cx = coarse.xCoordinates(0.0);
        double[] cy = coarse.yCoordinates(0.0);
        for (int j = 0; j < 16; j++) {
            for (int i = 0; i < 16; i++) {
                assertEquals(Math.cos(cx[i] + cy[j]), t[j * 16 + i], 1e-13);
            }
        }
        assertThrows(IllegalArgumentException.class,
                () -> VorticitySpectra.truncateVorticity(coarse, new double[256], fine));
    }

    @Test
    void velocityIsDivergenceFreeAndItsCurlIsTheVorticity() {
        Grid grid = new Grid(32, 24, 2 * Math.PI, 2 * Math.PI);
        double[] w = field(grid);
        try (RealFft2D fft = RealFft2D.of(grid)) {
            SpectralField wHat = fft.newSpectrum();
            fft.forward(w, wHat);
            double[] u = new double[grid.size()];
            double[] v = new double[grid.size()];
            VorticitySpectra.velocity(grid, fft, wHat, u, v);
            // each mode has ψ = ω/|k|², u = ∂yψ, v = −∂xψ: compare with the analytic velocity term by term
            double[] x = grid.xCoordinates(0.0);
            double[] y = grid.yCoordinates(0.0);
            double psiScale = 1.0 / 13;
            for (int j = 0; j < grid.ny(); j++) {
                for (int i = 0; i < grid.nx(); i++) {
                    double phase = 3 * x[i] - 2 * y[j];
                    double u1 = psiScale * 2 * Math.sin(phase);      // ∂y cos(3x−2y)/13
                    double v1 = psiScale * 3 * Math.sin(phase);      // −∂x cos(3x−2y)/13
                    double u2 = 0.5 * 7 * Math.cos(7 * y[j]) / 49;   // ∂y (0.5 sin 7y / 49)
                    double p3 = 5 * x[i] + 6 * y[j];
                    double u3 = 0.2 * 6 * Math.cos(p3) / 61;
                    double v3 = -0.2 * 5 * Math.cos(p3) / 61;
                    assertEquals(u1 + u2 + u3, u[j * grid.nx() + i], 1e-13);
                    assertEquals(v1 + v3, v[j * grid.nx() + i], 1e-13);
                }
            }
            SpectralField back = VorticitySpectra.vorticityFromVelocity(grid, fft, u, v);
            for (int i = 0; i < back.size(); i++) {
                assertEquals(wHat.re()[i], back.re()[i], 1e-10);
                assertEquals(wHat.im()[i], back.im()[i], 1e-10);
            }
            double energy = 0;
            double enstrophy = 0;
            for (int i = 0; i < grid.size(); i++) {
                energy += 0.5 * (u[i] * u[i] + v[i] * v[i]) / grid.size();
                enstrophy += 0.5 * w[i] * w[i] / grid.size();
            }
            assertEquals(energy, VorticitySpectra.energy(grid, wHat), 1e-14);
            assertEquals(enstrophy, VorticitySpectra.enstrophy(grid, wHat), 1e-14);
        }
    }
}
