package dev.eddy.solver.fv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.solver.diagnostics.FlowDiagnostics;
import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.forcing.Forcing;
import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.timestepping.RungeKuttaScheme;
import org.junit.jupiter.api.Test;

/**
 * The Taylor–Green vortex {@code u = A sin(kx) cos(ky)}, {@code v = −A cos(kx) sin(ky)}: an exact solution of the
 * Navier–Stokes equations (its convection is a pure gradient, balanced by pressure) that decays as
 * {@code exp(−2νk²t)}, so its kinetic energy decays as {@code exp(−4νk²t)}.
 */
class TaylorGreenTest {

    static StaggeredVelocity vortex(Grid g, double amplitude, int k) {
        return StaggeredVelocity.sample(g, (x, y) -> amplitude * Math.sin(k * x) * Math.cos(k * y),
                (x, y) -> -amplitude * Math.cos(k * x) * Math.sin(k * y));
    }

    /** RMS over both components of the difference to the exact solution at time t. */
    static double rmsError(StaggeredVelocity v, double amplitude, int k, double nu, double t) {
        StaggeredVelocity exact = vortex(v.grid(), amplitude * Math.exp(-2 * nu * k * k * t), k);
        double e = 0;
        for (int m = 0; m < v.grid().size(); m++) {
            double du = v.u().data()[m] - exact.u().data()[m];
            double dv = v.v().data()[m] - exact.v().data()[m];
            e += du * du + dv * dv;
        }
        return Math.sqrt(e / v.grid().size());
    }

    @Test
    void implicitDiffusionSolverDecaysAtTheAnalyticRate() {
        Grid g = Grid.square2Pi(64);
        double nu = 0.05;
        int k = 2;
        double dt = TimeStepSize.advective(g, 1.0, 0.5);
        StaggeredVelocity v = vortex(g, 1.0, k);
        int steps = 200;
        double e0 = FlowDiagnostics.kineticEnergy(v);
        try (VelocityStep step = FiniteVolumeNavierStokes.implicitDiffusion(FvEquation.of(g, nu, Forcing.none()), dt, StepOptions.sequential())) {
            step.advance(v, steps);
        }
        double t = steps * dt;
        double rate = -Math.log(FlowDiagnostics.kineticEnergy(v) / e0) / t;
        assertEquals(4 * nu * k * k, rate, 0.01 * 4 * nu * k * k, "energy decay rate");
        assertTrue(rmsError(v, 1.0, k, nu, t) < 5e-3, "rms error " + rmsError(v, 1.0, k, nu, t));
    }

    /**
     * Second order in space: RK4 with explicit diffusion and Δt = ½Δx² (time error O(Δt⁴) plus the Lax–Wendroff
     * Courant term O(Δt·A²), both negligible here) over N = 16…128. At A = 0.05, ν = 0.1 (A/(νk) = ½) the viscous
     * O(Δx²) error dominates; the convective error is smaller and converges faster (pre-asymptotically ≈ h^2.5,
     * opposite sign), which is why a larger A pulls the fitted slope below 2 on these coarse grids.
     */
    @Test
    void errorConvergesAtSecondOrderInSpace() {
        int[] sizes = {16, 32, 64, 128};
        double amplitude = 0.05;
        double nu = 0.1;
        int k = 1;
        double tEnd = 1.0;
        double[] logH = new double[sizes.length];
        double[] logE = new double[sizes.length];
        for (int s = 0; s < sizes.length; s++) {
            Grid g = Grid.square2Pi(sizes[s]);
            int steps = (int) Math.ceil(tEnd / (0.5 * g.dx() * g.dx()));
            StaggeredVelocity v = vortex(g, amplitude, k);
            try (VelocityStep step = FiniteVolumeNavierStokes.explicitDiffusion(FvEquation.of(g, nu, Forcing.none()),
                    tEnd / steps, RungeKuttaScheme.RK4, StepOptions.sequential())) {
                step.advance(v, steps);
            }
            logH[s] = Math.log(g.dx());
            logE[s] = Math.log(rmsError(v, amplitude, k, nu, tEnd));
        }
        double slope = slope(logH, logE);
        assertEquals(2.0, slope, 0.15, "fitted convergence order");
    }

    /**
     * With A = 1, ν = 0.01 convection dominates the error; it must still fall at least as fast as second order
     * (a first-order flux would give ≈ 1). Forward Euler + implicit diffusion with Δt = 0.02Δx².
     */
    @Test
    void convectionDominatedErrorFallsAtLeastAtSecondOrder() {
        int[] sizes = {16, 32, 64};
        double nu = 0.01;
        int k = 1;
        double tEnd = 0.5;
        double[] logH = new double[sizes.length];
        double[] logE = new double[sizes.length];
        for (int s = 0; s < sizes.length; s++) {
            Grid g = Grid.square2Pi(sizes[s]);
            int steps = (int) Math.ceil(tEnd / (0.02 * g.dx() * g.dx()));
            StaggeredVelocity v = vortex(g, 1.0, k);
            try (VelocityStep step = FiniteVolumeNavierStokes.implicitDiffusion(FvEquation.of(g, nu, Forcing.none()),
                    tEnd / steps, StepOptions.sequential())) {
                step.advance(v, steps);
            }
            logH[s] = Math.log(g.dx());
            logE[s] = Math.log(rmsError(v, 1.0, k, nu, tEnd));
        }
        double slope = slope(logH, logE);
        assertTrue(slope > 1.85 && slope < 3.0, "fitted convergence order " + slope);
    }

    /** Least-squares slope of y against x. */
    static double slope(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i] / x.length;
            my += y[i] / y.length;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxy / sxx;
    }
}
