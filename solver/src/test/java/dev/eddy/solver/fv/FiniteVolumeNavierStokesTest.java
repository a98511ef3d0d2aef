package dev.eddy.solver.fv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.solver.diagnostics.FlowDiagnostics;
import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.forcing.Forcing;
import dev.eddy.solver.forcing.KolmogorovForcing;
import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.init.FilteredVelocityField;
import dev.eddy.solver.timestepping.RungeKuttaScheme;
import org.junit.jupiter.api.Test;

class FiniteVolumeNavierStokesTest {

    @Test
    void implicitDiffusionStepDampsAFourierModeByTheExactDiscreteFactor() {
        Grid g = new Grid(32, 24, 2 * Math.PI, 2 * Math.PI);
        double nu = 0.07;
        double dt = 0.3;
        int k = 3;
        // a shear mode u = sin(k y), v = 0 (then v = sin(k x), u = 0): convection and divergence vanish exactly
        StaggeredVelocity shearU = StaggeredVelocity.sample(g, (x, y) -> Math.sin(k * y), (x, y) -> 0);
        StaggeredVelocity shearV = StaggeredVelocity.sample(g, (x, y) -> 0, (x, y) -> Math.sin(k * x));
        StaggeredVelocity initialU = shearU.copy();
        StaggeredVelocity initialV = shearV.copy();
        try (VelocityStep step = FiniteVolumeNavierStokes.implicitDiffusion(FvEquation.of(g, nu, Forcing.none()), dt, StepOptions.sequential())) {
            step.advance(shearU);
            step.advance(shearV);
        }
        double factorU = 1 / (1 - nu * dt * LaplacianEigenvalues.axisEigenvalue(k, g.ny(), g.dy()));
        double factorV = 1 / (1 - nu * dt * LaplacianEigenvalues.axisEigenvalue(k, g.nx(), g.dx()));
        for (int m = 0; m < g.size(); m++) {
            assertEquals(factorU * initialU.u().data()[m], shearU.u().data()[m], 1e-14);
            assertEquals(factorV * initialV.v().data()[m], shearV.v().data()[m], 1e-14);
            assertEquals(0.0, shearU.v().data()[m], 1e-14);
            assertEquals(0.0, shearV.u().data()[m], 1e-14);
        }
    }

    @Test
    void kolmogorovLaminarFlowReachesTheSteadyStateOfTheLinearProblem() {
        Grid g = Grid.square2Pi(32);
        double nu = 0.05;
        double drag = 0.5;
        double scale = 1.0;
        int k = 2;
        FvEquation eq = FvEquation.of(g, nu, KolmogorovForcing.withDrag(g, scale, k, drag));
        StaggeredVelocity v = StaggeredVelocity.zeros(g);
        try (VelocityStep step = FiniteVolumeNavierStokes.implicitDiffusion(eq, 0.05, StepOptions.sequential())) {
            step.advance(v, 1000);   // t = 50, decay rate νk² + d = 0.7: e^{−35}
        }
        double discrete = scale / (nu * -LaplacianEigenvalues.axisEigenvalue(k, g.ny(), g.dy()) + drag);
        double continuous = scale / (nu * k * k + drag);
        double[] yu = g.yCoordinates(0.5);
        for (int j = 0; j < g.ny(); j++) {
            for (int i = 0; i < g.nx(); i++) {
                assertEquals(discrete * Math.sin(k * yu[j]), v.u().get(i, j), 1e-12);
                assertEquals(0.0, v.v().get(i, j), 1e-14);
            }
        }
        assertEquals(continuous, discrete, continuous * nu * k * k * g.dy() * g.dy() * k * k / 12 / (nu * k * k + drag) * 1.01);
    }

    @Test
    void densityDividesTheForce() {
        // 0 = νλA + (s − dA)/ρ  ⇒  A = (s/ρ)/(d/ρ − νλ)
        Grid g = Grid.square2Pi(16);
        double nu = 0.05;
        double drag = 0.5;
        double rho = 2.0;
        int k = 2;
        FvEquation eq = new FvEquation(g, rho, nu, KolmogorovForcing.withDrag(g, 1.0, k, drag));
        StaggeredVelocity v = StaggeredVelocity.zeros(g);
        try (VelocityStep step = FiniteVolumeNavierStokes.implicitDiffusion(eq, 0.05, StepOptions.sequential())) {
            step.advance(v, 2000);   // t = 100, decay rate νk² + d/ρ = 0.45
        }
        double amplitude = (1.0 / rho) / (drag / rho - nu * LaplacianEigenvalues.axisEigenvalue(k, g.ny(), g.dy()));
        assertEquals(amplitude * Math.sin(k * 1.5 * g.dy()), v.u().get(3, 1), 1e-12);
    }

    @Test
    void everyRegisteredTableauConvergesAtItsOrderOnALinearProblem() {
        // u = A(t) sin(k y): convection and projection vanish; A' = (νλ − d)A + s, solved exactly
        Grid g = Grid.square2Pi(16);
        double nu = 0.1;
        double drag = 0.1;
        double scale = 1.0;
        int k = 2;
        double rate = nu * LaplacianEigenvalues.axisEigenvalue(k, g.ny(), g.dy()) - drag;
        double steady = -scale / rate;
        double tEnd = 2.0;
        double exact = steady + (1.0 - steady) * Math.exp(rate * tEnd);
        FvEquation eq = FvEquation.of(g, nu, KolmogorovForcing.withDrag(g, scale, k, drag));
        for (RungeKuttaScheme scheme : RungeKuttaScheme.values()) {
            int[] steps = {10, 20, 40};
            double[] errors = new double[steps.length];
            for (int s = 0; s < steps.length; s++) {
                StaggeredVelocity v = StaggeredVelocity.sample(g, (x, y) -> Math.sin(k * y), (x, y) -> 0);
                try (VelocityStep step = FiniteVolumeNavierStokes.explicitDiffusion(eq, tEnd / steps[s], scheme, StepOptions.sequential())) {
                    step.advance(v, steps[s]);
                }
                double yj = (3 + 0.5) * g.dy();
                errors[s] = Math.abs(v.u().get(5, 3) / Math.sin(k * yj) - exact);
            }
            int order = scheme.tableau().order();
            for (int s = 1; s < steps.length; s++) {
                double observed = Math.log(errors[s - 1] / errors[s]) / Math.log(2);
                assertEquals(order, observed, 0.15, scheme + " observed order " + observed);
            }
        }
    }

    @Test
    void stepsKeepTheVelocityDivergenceFree() {
        Grid g = Grid.square2Pi(64);
        FvEquation eq = FvEquation.of(g, 1e-3, KolmogorovForcing.withDrag(g, 1, 4, 0.1));
        double dt = TimeStepSize.advective(g, 7.0, 0.5);
        StaggeredVelocity v = FilteredVelocityField.generate(g, 7, 4, 7.0);
        try (VelocityStep implicit = FiniteVolumeNavierStokes.implicitDiffusion(eq, dt, StepOptions.sequential());
             VelocityStep rk = FiniteVolumeNavierStokes.explicitDiffusion(eq, dt, RungeKuttaScheme.HEUN, StepOptions.sequential())) {
            implicit.advance(v, 20);
            assertTrue(FlowDiagnostics.maxAbsDivergence(v) <= 1e-10, "implicit: " + FlowDiagnostics.maxAbsDivergence(v));
            rk.advance(v, 20);
            assertTrue(FlowDiagnostics.maxAbsDivergence(v) <= 1e-10, "rk: " + FlowDiagnostics.maxAbsDivergence(v));
            assertTrue(v.isFinite() && v.maxSpeed() < 20);
        }
    }

    @Test
    void kolmogorovFlowAtTsmSettingsStaysStableForTenTimeUnits() {
        Grid g = Grid.square2Pi(64);
        FvEquation eq = FvEquation.of(g, 1e-3, KolmogorovForcing.withDrag(g, 1, 4, 0.1));
        double dt = TimeStepSize.advective(g, 7.0, 0.5);
        StaggeredVelocity v = FilteredVelocityField.generate(g, 42, 4, 7.0);
        try (VelocityStep step = FiniteVolumeNavierStokes.implicitDiffusion(eq, dt, StepOptions.sequential())) {
            for (int n = 0; n < 10; n++) {
                step.advance(v, (int) Math.round(1 / dt));
                assertTrue(v.isFinite(), "non-finite velocity after " + (n + 1) + " time units");
                double courant = TimeStepSize.courantNumber(g, v.maxSpeed(), dt);
                assertTrue(courant < 1, "Courant number " + courant + " after " + (n + 1) + " time units");
            }
        }
        assertTrue(FlowDiagnostics.maxAbsDivergence(v) <= 1e-10);
        double energy = FlowDiagnostics.kineticEnergy(v);
        // plausibility range: below the laminar Kolmogorov state's energy ¼·(1/(νk² + d))² ≈ 18.6, and kept well above
        // zero by the forcing (a sanity check, not a bound)
        assertTrue(energy > 0.5 && energy < 18.6, "kinetic energy " + energy);
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() {
        Grid g = Grid.square2Pi(64);
        FvEquation eq = FvEquation.of(g, 1e-3, KolmogorovForcing.withDrag(g, 1, 4, 0.1));
        StaggeredVelocity a = FilteredVelocityField.generate(g, 3, 4, 7.0);
        StaggeredVelocity b = a.copy();
        try (VelocityStep one = FiniteVolumeNavierStokes.implicitDiffusion(eq, 0.02, StepOptions.sequential());
             VelocityStep three = FiniteVolumeNavierStokes.implicitDiffusion(eq, 0.02, StepOptions.sequential().withThreads(3))) {
            one.advance(a, 5);
            three.advance(b, 5);
        }
        assertArrayEquals(a.u().data(), b.u().data());
        assertArrayEquals(a.v().data(), b.v().data());
    }

    @Test
    void float32StateIsRoundedAfterEveryStepAndStaysCloseToDouble() {
        Grid g = Grid.square2Pi(32);
        FvEquation eq = FvEquation.of(g, 1e-3, KolmogorovForcing.withDrag(g, 1, 4, 0.1));
        StaggeredVelocity d = FilteredVelocityField.generate(g, 5, 4, 7.0);
        StaggeredVelocity f = d.copy();
        try (VelocityStep sd = FiniteVolumeNavierStokes.implicitDiffusion(eq, 0.01, StepOptions.sequential());
             VelocityStep sf = FiniteVolumeNavierStokes.implicitDiffusion(eq, 0.01, StepOptions.sequential().withPrecision(StatePrecision.FLOAT32))) {
            sd.advance(d, 10);
            sf.advance(f, 10);
        }
        double maxDiff = 0;
        for (int k = 0; k < g.size(); k++) {
            assertEquals((double) (float) f.u().data()[k], f.u().data()[k], 0.0);
            assertEquals((double) (float) f.v().data()[k], f.v().data()[k], 0.0);
            maxDiff = Math.max(maxDiff, Math.abs(f.u().data()[k] - d.u().data()[k]));
        }
        assertNotEquals(0.0, maxDiff);
        assertTrue(maxDiff < 1e-5, "float32 state drifted by " + maxDiff);
    }

    @Test
    void applyIsPureAndAdvanceIsInPlace() {
        Grid g = Grid.square2Pi(16);
        StaggeredVelocity v = FilteredVelocityField.generate(g, 1, 2, 1.0);
        StaggeredVelocity before = v.copy();
        try (VelocityStep step = FiniteVolumeNavierStokes.implicitDiffusion(FvEquation.of(g, 0.01, Forcing.none()), 0.05, StepOptions.sequential())) {
            StaggeredVelocity next = step.apply(v);
            assertArrayEquals(before.u().data(), v.u().data());
            step.advance(v);
            assertArrayEquals(next.u().data(), v.u().data());
            assertArrayEquals(next.v().data(), v.v().data());
        }
    }

    @Test
    void explicitDiffusionRefusesAnUnstableTimeStep() {
        Grid g = Grid.square2Pi(64);
        FvEquation eq = FvEquation.of(g, 0.5, Forcing.none());
        double limit = TimeStepSize.explicitDiffusionLimit(g, 0.5);
        var e = assertThrows(IllegalArgumentException.class,
                () -> FiniteVolumeNavierStokes.explicitDiffusion(eq, 1.01 * limit, RungeKuttaScheme.RK4, StepOptions.sequential()));
        assertTrue(e.getMessage().contains("diffusion limit"), e.getMessage());
    }

    @Test
    void cflTimeStepMatchesTheTsmTable() {
        assertEquals(0.0070124836, TimeStepSize.advective(Grid.square2Pi(64), 7.0, 0.5), 1e-10);
        assertEquals(Math.PI / (7 * 2048), TimeStepSize.advective(Grid.square2Pi(2048), 7.0, 0.5), 1e-15);
        Grid g = Grid.square2Pi(64);
        assertEquals(0.5, TimeStepSize.courantNumber(g, 7.0, TimeStepSize.advective(g, 7.0, 0.5)), 1e-15);
    }
}
