package dev.eddy.solver.spectral;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.solver.fft.RealFft2D;
import dev.eddy.solver.fft.SpectralField;
import dev.eddy.solver.fft.Wavenumbers;
import dev.eddy.solver.grid.Grid;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class SpectralNavierStokes2DTest {

    /** Taylor–Green vorticity ω = 2·A·k·sin(kx)·sin(ky) on the nodes (velocity A·(sin kx cos ky, −cos kx sin ky)). */
    static double[] taylorGreen(Grid grid, int k, double amplitude) {
        double[] w = new double[grid.size()];
        double[] x = grid.xCoordinates(0.0);
        double[] y = grid.yCoordinates(0.0);
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                w[j * grid.nx() + i] = 2 * amplitude * k * Math.sin(k * x[i]) * Math.sin(k * y[j]);
            }
        }
        return w;
    }

    /** Per-step amplification of a mode with linear coefficient L and no explicit term under {@code scheme}. */
    static double crankNicolsonFactor(ImexScheme scheme, double lin, double dt) {
        if (scheme.tableau() instanceof ImexTableau.LowStorageCrankNicolson t) {
            double g = 1;
            for (int k = 0; k < t.stages(); k++) {
                double mu = t.mu(k) * dt;
                g *= (1 + mu * lin) / (1 - mu * lin);
            }
            return g;
        }
        return (1 + 0.5 * dt * lin) / (1 - 0.5 * dt * lin);
    }

    static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    /**
     * Taylor–Green is an exact solution whose advection vanishes: ω(t) = ω(0)·exp(−(2νk² + drag)t). Every stepper
     * must reproduce its discrete Crank–Nicolson decay to rounding (2e-13 relative), and the analytic decay to within
     * CN's truncation error, at most {@code steps·|L·dt|³/12} (4e-12 here for the one-CN-step-per-step Heun scheme;
     * the low-storage schemes split dt into smaller CN sub-steps and do better). A second run adds drag.
     */
    @ParameterizedTest
    @MethodSource("dev.eddy.solver.spectral.StepKind#schemesAndBackends")
    void taylorGreenDecaysAtTheAnalyticRate(ImexScheme scheme, StepKind kind) {
        assertTaylorGreen(scheme, kind, 0.0);
        assertTaylorGreen(scheme, kind, 0.05);
    }

    private static void assertTaylorGreen(ImexScheme scheme, StepKind kind, double drag) {
        Grid grid = Grid.square2Pi(32);
        int k = 2;
        double nu = 1e-3;
        double dt = 0.01;
        int steps = 100;
        SpectralParameters p = new SpectralParameters(nu, drag, VorticityForcing.none(), scheme, dt, 1);
        double[] w0 = taylorGreen(grid, k, 1.0);
        try (SpectralStep solver = kind.create(grid, p)) {
            SpectralField state = solver.stateFromVorticity(w0);
            solver.advance(state, steps);
            double[] w = new double[grid.size()];
            solver.vorticity(state, w);
            double lin = -nu * 2 * k * k - drag;
            double discrete = Math.pow(crankNicolsonFactor(scheme, lin, dt), steps);
            double analytic = Math.exp(lin * dt * steps);
            double scale = maxAbs(w0);
            double errDiscrete = 0;
            double errAnalytic = 0;
            for (int i = 0; i < w.length; i++) {
                errDiscrete = Math.max(errDiscrete, Math.abs(w[i] - discrete * w0[i]));
                errAnalytic = Math.max(errAnalytic, Math.abs(w[i] - analytic * w0[i]));
            }
            double truncation = steps * Math.pow(Math.abs(lin * dt), 3) / 12;
            assertTrue(errDiscrete / scale < 2e-13, scheme + ": error vs discrete CN decay " + errDiscrete / scale);
            assertTrue(errAnalytic / scale < 1.05 * truncation + 2e-13,
                    scheme + ": error vs exp(−(2νk²+drag)t) " + errAnalytic / scale + ", CN bound " + truncation);
        }
    }

    /** One Fourier mode has no advection; one step multiplies it by the scheme's exact Crank–Nicolson factor. */
    @ParameterizedTest
    @MethodSource("dev.eddy.solver.spectral.StepKind#schemesAndBackends")
    void singleModeGetsTheExactCrankNicolsonFactor(ImexScheme scheme, StepKind kind) {
        Grid grid = Grid.square2Pi(16);
        double nu = 0.05;
        double drag = 0.3;
        double dt = 0.2;
        SpectralParameters p = new SpectralParameters(nu, drag, VorticityForcing.none(), scheme, dt, 1);
        try (SpectralStep solver = kind.create(grid, p)) {
            SpectralField state = solver.newState();
            int row = grid.ny() - 2;
            int column = 3;
            state.set(row, column, 1.5, -0.7);
            solver.step(state);
            double lin = solver.linearTerm(row, column);
            assertEquals(-nu * (9 + 4) - drag, lin, 1e-15);
            double g = crankNicolsonFactor(scheme, lin, dt);
            assertEquals(1.5 * g, state.re(row, column), 1e-15);
            assertEquals(-0.7 * g, state.im(row, column), 1e-15);
            // CN is second order: the factor differs from exp(L·dt) at O((L·dt)³), not more
            assertTrue(Math.abs(g - Math.exp(lin * dt)) < Math.pow(Math.abs(lin * dt), 3), "factor " + g);
            for (int i = 0; i < state.size(); i++) {
                if (i != row * state.columns() + column) {
                    assertEquals(0.0, state.re()[i], 1e-15);
                    assertEquals(0.0, state.im()[i], 1e-15);
                }
            }
        }
    }

    /** A smooth random vorticity made of modes 0 &lt; |k| ≤ kMax, Hermitian-consistent, with coefficients of size ~amplitude·N². */
    static SpectralField bandLimited(Grid grid, int kMax, double amplitude, long seed) {
        int n = grid.nx();
        SpectralField s = SpectralField.zeros(grid.ny(), n);
        Random rng = new Random(seed);
        double size = grid.size();
        for (int r = 0; r < grid.ny(); r++) {
            int my = Wavenumbers.fullAxisFrequency(r, grid.ny());
            for (int c = 0; c <= n / 2; c++) {
                double k = Math.hypot(c, my);
                if (k > 0 && k <= kMax && !(c == 0 && my < 0)) {
                    s.set(r, c, amplitude * size * rng.nextGaussian(), amplitude * size * rng.nextGaussian());
                }
            }
        }
        for (int r = 1; r < grid.ny() / 2; r++) {
            s.set(grid.ny() - r, 0, s.re(r, 0), -s.im(r, 0));
        }
        return s;
    }

    private static double[] relativeDrifts(Grid grid, SpectralField initial, ImexScheme scheme, StepKind kind,
                                           double time, int steps) {
        SpectralParameters p = new SpectralParameters(0.0, 0.0, VorticityForcing.none(), scheme, time / steps, 1);
        try (SpectralStep solver = kind.create(grid, p)) {
            SpectralField state = initial.copy();
            solver.advance(state, steps);
            double e0 = VorticitySpectra.energy(grid, initial);
            double z0 = VorticitySpectra.enstrophy(grid, initial);
            double filtered = 0;
            BrickWallFilter filter = solver.filter();
            for (int r = 0; r < grid.ny(); r++) {
                for (int c = 0; c < state.columns(); c++) {
                    if (!filter.keeps(r, c)) {
                        filtered += state.re(r, c) * state.re(r, c) + state.im(r, c) * state.im(r, c);
                    }
                }
            }
            double total = 2 * z0 * (double) grid.size() * grid.size();
            return new double[] {(VorticitySpectra.energy(grid, state) - e0) / e0,
                    (VorticitySpectra.enstrophy(grid, state) - z0) / z0, filtered / total};
        }
    }

    /**
     * Unforced inviscid flow conserves energy and enstrophy; with a smooth band-limited start the filter does not act
     * (checked), so the drift is the time stepper's error alone and must shrink at its order: measured over t = 1
     * with dt and dt/2. Expected drift orders: CN-RK4 → 4, CN-RK3 → 3, CN-RK2 (Heun) → 3 (Heun's error in these
     * quadratic invariants is one order better than its accuracy). Measured on 64², t = 1: CN-RK2 3.00/3.00,
     * CN-RK3 2.99/2.98 (16 → 32 steps), CN-RK4 4.43/4.15 (32 → 64 steps; it tends to 4.0 from above as dt → 0, the
     * fifth-order term still showing). Accepted window: [order − 0.2, order + 0.5].
     */
    @ParameterizedTest
    @MethodSource("dev.eddy.solver.spectral.StepKind#schemesAndBackends")
    void inviscidEnergyAndEnstrophyDriftAtTheSteppersOrder(ImexScheme scheme, StepKind kind) {
        Grid grid = Grid.square2Pi(64);
        SpectralField initial = bandLimited(grid, 3, 0.1, 42);
        int coarseSteps = scheme == ImexScheme.CN_RK4 ? 32 : 16;
        int expectedOrder = scheme == ImexScheme.CN_RK4 ? 4 : 3;
        double[] coarse = relativeDrifts(grid, initial, scheme, kind, 1.0, coarseSteps);
        double[] fine = relativeDrifts(grid, initial, scheme, kind, 1.0, 2 * coarseSteps);
        for (int q = 0; q < 2; q++) {
            String what = (q == 0 ? "energy" : "enstrophy") + " drift of " + scheme;
            assertTrue(Math.abs(fine[q]) > 1e-13, what + " is below what can be measured: " + fine[q]);
            assertTrue(Math.abs(coarse[q]) < 1e-4, what + " is too large: " + coarse[q]);
            double order = Math.log(coarse[q] / fine[q]) / Math.log(2);
            assertTrue(order > expectedOrder - 0.2 && order < expectedOrder + 0.5,
                    what + " converges at order " + order + " (" + coarse[q] + " → " + fine[q] + "), expected " + expectedOrder);
        }
        assertTrue(fine[2] < 1e-20, "filtered modes hold a fraction " + fine[2] + " of the enstrophy");
    }

    @Test
    void filterKeepsTheIndexSetsOfTsmSpec() {
        assertKeptSets(64, -21, 20, 21);
        assertKeptSets(128, -43, 41, 42);
    }

    private static void assertKeptSets(int n, int minKy, int maxKy, int maxKx) {
        BrickWallFilter f = BrickWallFilter.of(n, n);
        for (int r = 0; r < n; r++) {
            int ky = Wavenumbers.fullAxisFrequency(r, n);
            assertEquals(ky >= minKy && ky <= maxKy, f.keepsRow(r), "N=" + n + " row ky=" + ky);
        }
        for (int c = 0; c <= n / 2; c++) {
            assertEquals(c <= maxKx, f.keepsColumn(c), "N=" + n + " column kx=" + c);
        }
    }

    /** Kolmogorov forcing f_x = s·sin(ky) has curl −∂y f_x = −s·k·cos(ky); user arrays give the same curl. */
    @Test
    void kolmogorovForcingCurlIsMinusScaleKCosKy() {
        Grid grid = Grid.square2Pi(32);
        double scale = 1.3;
        int k = 4;
        try (RealFft2D fft = RealFft2D.of(grid)) {
            SpectralField curl = VorticityForcing.kolmogorov(scale, k).curlSpectrum(grid, fft);
            double[] w = new double[grid.size()];
            fft.inverse(curl, w);
            double[] y = grid.yCoordinates(0.0);
            for (int j = 0; j < grid.ny(); j++) {
                for (int i = 0; i < grid.nx(); i++) {
                    assertEquals(-scale * k * Math.cos(k * y[j]), w[j * grid.nx() + i], 1e-12);
                }
            }
            double[][] f = VorticityForcing.kolmogorov(scale, k).components(grid);
            SpectralField fromArrays = VorticityForcing.fromArrays(f[0], f[1]).curlSpectrum(grid, fft);
            assertArrayEquals(curl.re(), fromArrays.re(), 0.0);
            assertArrayEquals(curl.im(), fromArrays.im(), 0.0);
            // a general force f = (sin y·cos 2x, cos 3x): curl f = ∂x f_y − ∂y f_x = −3 sin 3x − cos y·cos 2x
            double[] x = grid.xCoordinates(0.0);
            double[] fx = new double[grid.size()];
            double[] fy = new double[grid.size()];
            for (int j = 0; j < grid.ny(); j++) {
                for (int i = 0; i < grid.nx(); i++) {
                    fx[j * grid.nx() + i] = Math.sin(y[j]) * Math.cos(2 * x[i]);
                    fy[j * grid.nx() + i] = Math.cos(3 * x[i]);
                }
            }
            fft.inverse(VorticityForcing.fromArrays(fx, fy).curlSpectrum(grid, fft), w);
            for (int j = 0; j < grid.ny(); j++) {
                for (int i = 0; i < grid.nx(); i++) {
                    double expected = -3 * Math.sin(3 * x[i]) - Math.cos(y[j]) * Math.cos(2 * x[i]);
                    assertEquals(expected, w[j * grid.nx() + i], 1e-12);
                }
            }
        }
    }

    /**
     * Kolmogorov flow from rest: the forced mode has no advection, so ω(t) = −(c/L)(1 − e^{Lt}) with c the forcing
     * curl and L = −νk² − drag; second-order steppers converge to it (error falls ~4× when dt halves).
     */
    @ParameterizedTest
    @MethodSource("dev.eddy.solver.spectral.StepKind#schemesAndBackends")
    void forcedLaminarKolmogorovFlowFromRest(ImexScheme scheme, StepKind kind) {
        Grid grid = Grid.square2Pi(16);
        double nu = 0.05;
        double drag = 0.1;
        int k = 4;
        double time = 2.0;
        double lin = -nu * k * k - drag;
        double[] errors = new double[2];
        for (int level = 0; level < 2; level++) {
            int steps = 20 << level;
            SpectralParameters p = new SpectralParameters(nu, drag, VorticityForcing.kolmogorov(1.0, k), scheme,
                    time / steps, 1);
            try (SpectralStep solver = kind.create(grid, p)) {
                SpectralField state = solver.newState();
                solver.advance(state, steps);
                double[] w = new double[grid.size()];
                solver.vorticity(state, w);
                double[] y = grid.yCoordinates(0.0);
                double err = 0;
                for (int j = 0; j < grid.ny(); j++) {
                    double c = -k * Math.cos(k * y[j]);
                    double exact = -(c / lin) * (1 - Math.exp(lin * time));
                    for (int i = 0; i < grid.nx(); i++) {
                        err = Math.max(err, Math.abs(w[j * grid.nx() + i] - exact));
                    }
                }
                errors[level] = err;
            }
        }
        assertTrue(errors[0] < 1e-2, scheme + " error " + errors[0]);
        double order = Math.log(errors[0] / errors[1]) / Math.log(2);
        assertTrue(order > 1.8, scheme + " converges at order " + order + " (errors " + errors[0] + ", " + errors[1] + ")");
    }

    /**
     * Every step implementation (the fused three-pass kernel, the batched kernel on FFTW and on the JTransforms
     * reference batch) equals the textbook formula built from separate 2-D transforms, on 1 and 2 threads, for
     * power-of-two and other sizes (the FFT libraries take different code paths) and a non-square, non-2π domain.
     */
    @ParameterizedTest
    @MethodSource("shapesAndKinds")
    void explicitTermMatchesUnfusedReference(String shape, StepKind kind) {
        String[] nxy = shape.split("x");
        Grid grid = new Grid(Integer.parseInt(nxy[0]), Integer.parseInt(nxy[1]), 2 * Math.PI, 4 * Math.PI);
        SpectralField state = bandLimited(grid, 12, 0.2, 3);
        VorticityForcing forcing = VorticityForcing.kolmogorov(0.7, 2);
        SpectralField reference = referenceExplicitTerm(grid, state, forcing);
        for (int threads = 1; threads <= 2; threads++) {
            SpectralParameters p = new SpectralParameters(1e-3, 0.1, forcing, ImexScheme.CN_RK4, 0.01, threads);
            try (SpectralStep solver = kind.create(grid, p)) {
                SpectralField out = solver.newState();
                solver.explicitTerms(state, out);
                double scale = maxAbs(reference.re()) + maxAbs(reference.im());
                for (int i = 0; i < out.size(); i++) {
                    assertEquals(reference.re()[i], out.re()[i], 1e-12 * scale, "re at " + i);
                    assertEquals(reference.im()[i], out.im()[i], 1e-12 * scale, "im at " + i);
                }
            }
        }
    }

    static Stream<Arguments> shapesAndKinds() {
        return Stream.of("48x32", "64x64", "32x96", "30x18")
                .flatMap(shape -> Arrays.stream(StepKind.values()).map(kind -> Arguments.of(shape, kind)));
    }

    private static SpectralField referenceExplicitTerm(Grid grid, SpectralField state, VorticityForcing forcing) {
        try (RealFft2D fft = RealFft2D.of(grid)) {
            int n = grid.size();
            double[] u = new double[n];
            double[] v = new double[n];
            VorticitySpectra.velocity(grid, fft, state, u, v);
            Wavenumbers k = Wavenumbers.of(grid);
            double[] kx = k.angularX();
            double[] ky = k.angularY();
            SpectralField dx = fft.newSpectrum();
            SpectralField dy = fft.newSpectrum();
            int columns = state.columns();
            for (int r = 0; r < grid.ny(); r++) {
                for (int c = 0; c < columns; c++) {
                    dx.set(r, c, -kx[c] * state.im(r, c), kx[c] * state.re(r, c));
                    dy.set(r, c, -ky[r] * state.im(r, c), ky[r] * state.re(r, c));
                }
            }
            double[] wx = new double[n];
            double[] wy = new double[n];
            fft.inverse(dx, wx);
            fft.inverse(dy, wy);
            double[] adv = new double[n];
            for (int i = 0; i < n; i++) {
                adv[i] = -(u[i] * wx[i] + v[i] * wy[i]);
            }
            SpectralField a = fft.newSpectrum();
            fft.forward(adv, a);
            double[] mask = BrickWallFilter.of(grid.ny(), grid.nx()).mask();
            SpectralField curl = forcing.curlSpectrum(grid, fft);
            for (int i = 0; i < a.size(); i++) {
                a.re()[i] = mask[i] * a.re()[i] + curl.re()[i];
                a.im()[i] = mask[i] * a.im()[i] + curl.im()[i];
            }
            return a;
        }
    }

    @Test
    void twoThreadsStepBitwiseLikeOne() {
        Grid grid = Grid.square2Pi(64);
        SpectralField initial = bandLimited(grid, 10, 0.5, 9);
        SpectralField[] results = new SpectralField[2];
        for (int threads = 1; threads <= 2; threads++) {
            SpectralParameters p = SpectralParameters.kolmogorov(0.01).withThreads(threads);
            try (SpectralNavierStokes2D solver = SpectralNavierStokes2D.create(grid, p)) {
                SpectralField s = initial.copy();
                solver.advance(s, 5);
                results[threads - 1] = s;
            }
        }
        assertArrayEquals(results[0].re(), results[1].re(), 0.0);
        assertArrayEquals(results[0].im(), results[1].im(), 0.0);
    }
}
