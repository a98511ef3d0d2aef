package dev.eddy.stencil.step;

import dev.eddy.solver.fft.RealFft2D;
import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.forcing.Forcing;
import dev.eddy.solver.forcing.KolmogorovForcing;
import dev.eddy.solver.fv.FiniteVolumeNavierStokes;
import dev.eddy.solver.fv.FvEquation;
import dev.eddy.solver.fv.ImplicitDiffusion;
import dev.eddy.solver.fv.PressureProjection;
import dev.eddy.solver.fv.StepOptions;
import dev.eddy.solver.fv.VelocityStep;
import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.operators.TvdInterpolation;
import dev.eddy.stencil.model.StencilConstraint;

/**
 * Test oracle built from {@code solver} (the one source of truth of the scheme): the classical step is
 * {@link FiniteVolumeNavierStokes#implicitDiffusion} itself; the learned step assembles the stencil fluxes here in
 * plain Java (the solver has no learned interpolation) and then uses the solver's forcing, projection and diffusion.
 * Kolmogorov flow at Re = 1000 (forcing sin(4y), drag 0.1, ν = 1e-3, dt = π/(7N)).
 */
final class SolverOracle {

    private final int n;
    private final Grid grid;
    private final FvEquation equation;
    private final double dt;

    SolverOracle(FlowParameters p) {
        this.n = p.n();
        this.grid = Grid.square2Pi(n);
        Forcing forcing = KolmogorovForcing.withDrag(grid, 1, 4, p.drag());
        this.equation = FvEquation.of(grid, p.viscosity(), forcing);
        this.dt = p.dt();
    }

    /** The solver's classical step (linear advecting velocity, Lax–Wendroff + Van Leer TVD advected value). */
    double[][] classical(double[] u, double[] v) {
        try (VelocityStep step = FiniteVolumeNavierStokes.implicitDiffusion(equation, dt, StepOptions.sequential())) {
            StaggeredVelocity s = StaggeredVelocity.of(grid, u.clone(), v.clone());
            step.advance(s);
            return new double[][] {s.u().data().clone(), s.v().data().clone()};
        }
    }

    /** @param coef {@code [128][N*N]} stencil coefficients, order of {@link FvStepGraph#learnedStep} */
    double[][] learned(double[] u, double[] v, double[][] coef, boolean tvdWrap) {
        double h = grid.dx();
        double[] aUx = stencil(u, coef, 0);
        double[] aVx = stencil(u, coef, 1);
        double[] aUy = stencil(v, coef, 2);
        double[] aVy = stencil(v, coef, 3);
        double[][] c = {stencil(u, coef, 4), stencil(u, coef, 5), stencil(v, coef, 6), stencil(v, coef, 7)};
        if (tvdWrap) {
            c[0] = tvd(u, true, aUx, c[0]);
            c[1] = tvd(u, false, aUy, c[1]);
            c[2] = tvd(v, true, aVx, c[2]);
            c[3] = tvd(v, false, aVy, c[3]);
        }
        double[] du = new double[n * n];
        double[] dv = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int k = j * n + i;
                int left = at(i - 1, j);
                int down = at(i, j - 1);
                du[k] = -(aUx[k] * c[0][k] - aUx[left] * c[0][left] + aUy[k] * c[1][k] - aUy[down] * c[1][down]) / h;
                dv[k] = -(aVx[k] * c[2][k] - aVx[left] * c[2][left] + aVy[k] * c[3][k] - aVy[down] * c[3][down]) / h;
            }
        }
        equation.forcing().accumulate(u, v, du, dv);
        double[] us = new double[n * n];
        double[] vs = new double[n * n];
        for (int k = 0; k < n * n; k++) {
            us[k] = u[k] + dt * du[k];
            vs[k] = v[k] + dt * dv[k];
        }
        StaggeredVelocity projected = PressureProjection.project(StaggeredVelocity.of(grid, us, vs));
        double[] uo = projected.u().data().clone();
        double[] vo = projected.v().data().clone();
        try (RealFft2D fft = RealFft2D.of(grid)) {
            ImplicitDiffusion diffusion = new ImplicitDiffusion(grid, fft, equation.viscosity() * dt);
            diffusion.solveInPlace(uo);
            diffusion.solveInPlace(vo);
        }
        return new double[][] {uo, vo};
    }

    private double[] tvd(double[] c, boolean alongX, double[] a, double[] high) {
        double[] out = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int k = j * n + i;
                double cm = neighbour(c, i, j, alongX, -1);
                double c0 = c[k];
                double c1 = neighbour(c, i, j, alongX, 1);
                double c2 = neighbour(c, i, j, alongX, 2);
                double den = c1 - c0 != 0 ? c1 - c0 : 1;
                double r = a[k] > 0 ? (c0 - cm) / den : (c2 - c1) / den;
                double low = a[k] > 0 ? c0 : c1;
                out[k] = low - TvdInterpolation.vanLeer(r) * (low - high[k]);
            }
        }
        return out;
    }

    private double[] stencil(double[] c, double[][] coef, int m) {
        double[] out = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int ox = -1; ox <= 2; ox++) {
                    for (int oy = -1; oy <= 2; oy++) {
                        sum += coef[16 * m + StencilConstraint.index(ox, oy)][j * n + i] * c[at(i + ox, j + oy)];
                    }
                }
                out[j * n + i] = sum;
            }
        }
        return out;
    }

    private double neighbour(double[] c, int i, int j, boolean alongX, int o) {
        return alongX ? c[at(i + o, j)] : c[at(i, j + o)];
    }

    private int at(int i, int j) {
        return Math.floorMod(j, n) * n + Math.floorMod(i, n);
    }
}
