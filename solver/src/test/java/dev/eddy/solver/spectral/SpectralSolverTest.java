package dev.eddy.solver.spectral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.solver.grid.Grid;
import org.junit.jupiter.api.Test;

class SpectralSolverTest {

    private static double[] vorticity(Grid grid) {
        try (SpectralNavierStokes2D helper = SpectralNavierStokes2D.create(grid, SpectralParameters.kolmogorov(0.01))) {
            double[] w = new double[grid.size()];
            helper.vorticity(SpectralNavierStokes2DTest.bandLimited(grid, 8, 0.3, 17), w);
            return w;
        }
    }

    @Test
    void floatSolverTracksTheDoubleSolverToFloatRounding() {
        Grid grid = Grid.square2Pi(64);
        double[] w0 = vorticity(grid);
        SpectralParameters p = SpectralParameters.kolmogorov(Math.PI / (7 * 64)).withThreads(2);
        double[] wd = new double[grid.size()];
        double[] wf = new double[grid.size()];
        try (SpectralSolver d = SpectralSolver.create(grid, p, Precision.DOUBLE);
             SpectralSolver f = SpectralSolver.create(grid, p, Precision.FLOAT)) {
            d.setVorticity(w0);
            f.setVorticity(w0);
            d.advance(20);
            f.advance(20);
            d.vorticity(wd);
            f.vorticity(wf);
            assertEquals(Precision.FLOAT, f.precision());
            assertEquals(25, f.fftsPerStep());
        }
        double scale = SpectralNavierStokes2DTest.maxAbs(wd);
        double err = 0;
        double change = 0;
        for (int i = 0; i < wd.length; i++) {
            err = Math.max(err, Math.abs(wd[i] - wf[i]));
            change = Math.max(change, Math.abs(wd[i] - w0[i]));
        }
        assertTrue(err / scale < 1e-5, "float vs double relative difference " + err / scale);
        assertTrue(change / scale > 1e-3, "the flow must actually evolve, changed by " + change / scale);
    }

    @Test
    void floatTaylorGreenDecaysAtTheAnalyticRate() {
        Grid grid = Grid.square2Pi(32);
        double[] w0 = SpectralNavierStokes2DTest.taylorGreen(grid, 3, 1.0);
        SpectralParameters p = new SpectralParameters(0.01, 0.0, VorticityForcing.none(), ImexScheme.CN_RK4, 0.01, 1);
        double[] w = new double[grid.size()];
        try (SpectralSolver f = SpectralSolver.create(grid, p, Precision.FLOAT)) {
            f.setVorticity(w0);
            f.advance(100);
            f.vorticity(w);
        }
        double decay = Math.exp(-0.01 * 2 * 9 * 1.0);
        double scale = SpectralNavierStokes2DTest.maxAbs(w0);
        for (int i = 0; i < w.length; i++) {
            assertEquals(decay * w0[i], w[i], 3e-5 * scale); // 500 float stage updates × 6e-8
        }
    }

    @Test
    void parsesNamesAndRejectsUnknownOnes() {
        assertEquals(Precision.FLOAT, Precision.parse("float32"));
        assertEquals(Precision.DOUBLE, Precision.parse("double"));
        assertEquals(ImexScheme.CN_RK4, ImexScheme.parse("cn-rk4"));
        assertEquals(ImexScheme.CN_RK2, ImexScheme.parse("rk2"));
        assertThrows(IllegalArgumentException.class, () -> Precision.parse("half"));
        assertThrows(IllegalArgumentException.class, () -> ImexScheme.parse("rk5"));
        assertThrows(IllegalArgumentException.class, () -> SpectralParameters.kolmogorov(-1));
        Grid grid = Grid.square2Pi(16);
        SpectralParameters wrongSize = SpectralParameters.kolmogorov(0.01)
                .withForcing(VorticityForcing.fromArrays(new double[10], new double[10]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpectralNavierStokes2D.create(grid, wrongSize));
        assertTrue(e.getMessage().contains("256"), e.getMessage());
        SpectralParameters notPeriodic = SpectralParameters.kolmogorov(0.01)
                .withForcing(VorticityForcing.kolmogorov(1, 4.5));
        assertThrows(IllegalArgumentException.class, () -> SpectralNavierStokes2D.create(grid, notPeriodic));
        assertThrows(IllegalArgumentException.class, () -> SpectralNavierStokes2D.create(new Grid(15, 16, 1, 1),
                SpectralParameters.unforced(1e-3, 0.01)));
    }

    /** The step allocates nothing per call (a 64² spectrum alone is 33 KiB); measured on the calling thread. */
    @Test
    void stepsAllocateNothing() {
        Grid grid = Grid.square2Pi(64);
        double[] w0 = vorticity(grid);
        var bean = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        for (Precision precision : Precision.values()) {
            for (ImexScheme scheme : ImexScheme.values()) {
                SpectralParameters p = SpectralParameters.kolmogorov(0.01).withScheme(scheme);
                try (SpectralSolver solver = SpectralSolver.create(grid, p, precision)) {
                    solver.setVorticity(w0);
                    solver.advance(5);
                    long before = bean.getCurrentThreadAllocatedBytes();
                    solver.advance(20);
                    long perStep = (bean.getCurrentThreadAllocatedBytes() - before) / 20;
                    assertTrue(perStep < 256, precision + " " + scheme + " allocates " + perStep + " bytes per step");
                }
            }
        }
    }
}
