package dev.eddy.solver.fv;

import dev.eddy.solver.fft.RealFft2D;
import dev.eddy.solver.fft.WorkerTeam;
import dev.eddy.solver.field.InconsistentGridException;
import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.operators.RowLoops;
import dev.eddy.solver.timestepping.ButcherTableau;

/**
 * Explicit-diffusion Navier–Stokes with a Runge–Kutta tableau and a projection after every stage (tsm.md §2.5;
 * JAX-CFD {@code semi_implicit_navier_stokes} + {@code time_stepping.navier_stokes_rk}). With
 * {@code E(v) = conv(v) + ν∇²_h v + f(v)/ρ} and {@code P} the pressure projection:
 * <pre>
 *   u_0 = vⁿ,   k_0 = E(u_0)
 *   u_i = P(vⁿ + Δt Σ_{j&lt;i} a_ij k_j),   k_i = E(u_i)          i = 1 … s−1
 *   vⁿ⁺¹ = P(vⁿ + Δt Σ_j b_j k_j)
 * </pre>
 */
final class RungeKuttaStep implements VelocityStep {
    private final FvEquation equation;
    private final double dt;
    private final ButcherTableau tableau;
    private final double[][] a;
    private final double[] b;
    private final StatePrecision precision;
    private final WorkerTeam team;
    private final RealFft2D fft;
    private final ExplicitTerms explicitTerms;
    private final PressureProjection projection;
    private final double[] u0;
    private final double[] v0;
    private final double[] stageU;
    private final double[] stageV;
    private final double[][] ku;
    private final double[][] kv;

    RungeKuttaStep(FvEquation equation, double dt, ButcherTableau tableau, StepOptions options) {
        Grid g = equation.grid();
        this.equation = equation;
        this.dt = dt;
        this.tableau = tableau;
        this.a = tableau.a();
        this.b = tableau.b();
        this.precision = options.precision();
        this.team = WorkerTeam.of(options.threads());
        this.fft = RealFft2D.of(g.ny(), g.nx(), team);
        this.explicitTerms = new ExplicitTerms(equation, dt, true, team);
        this.projection = new PressureProjection(g, fft, team);
        int n = g.size();
        u0 = new double[n];
        v0 = new double[n];
        stageU = new double[n];
        stageV = new double[n];
        ku = new double[tableau.stages()][n];
        kv = new double[tableau.stages()][n];
    }

    @Override
    public void advance(StaggeredVelocity state) {
        if (!state.grid().equals(equation.grid())) {
            throw new InconsistentGridException(equation.grid(), state.grid());
        }
        double[] u = state.u().data();
        double[] v = state.v().data();
        precision.roundInPlace(u);
        precision.roundInPlace(v);
        System.arraycopy(u, 0, u0, 0, u.length);
        System.arraycopy(v, 0, v0, 0, v.length);
        explicitTerms.evaluate(u0, v0, ku[0], kv[0]);
        for (int i = 1; i < tableau.stages(); i++) {
            combine(a[i], stageU, stageV);
            projection.projectInPlace(stageU, stageV);
            explicitTerms.evaluate(stageU, stageV, ku[i], kv[i]);
        }
        combine(b, u, v);
        projection.projectInPlace(u, v);
        precision.roundInPlace(u);
        precision.roundInPlace(v);
    }

    /** {@code (outU, outV) = (u0, v0) + Δt Σ_j w_j (ku_j, kv_j)}, skipping zero weights. */
    private void combine(double[] weights, double[] outU, double[] outV) {
        int nx = equation.grid().nx();
        RowLoops.forRows(team, equation.grid().ny(), (j0, j1) -> {
            int start = j0 * nx;
            int end = j1 * nx;
            System.arraycopy(u0, start, outU, start, end - start);
            System.arraycopy(v0, start, outV, start, end - start);
            for (int j = 0; j < weights.length; j++) {
                double w = dt * weights[j];
                if (w == 0) {
                    continue;
                }
                double[] su = ku[j];
                double[] sv = kv[j];
                for (int k = start; k < end; k++) {
                    outU[k] += w * su[k];
                    outV[k] += w * sv[k];
                }
            }
        });
    }

    @Override
    public double dt() {
        return dt;
    }

    @Override
    public Grid grid() {
        return equation.grid();
    }

    @Override
    public void close() {
        team.close();
    }

    @Override
    public String toString() {
        return "explicit-diffusion FV step [" + tableau.name() + ", dt=" + dt + ", ν=" + equation.viscosity() + ", ρ="
                + equation.density() + ", " + equation.forcing() + ", " + precision + ", " + team.size() + " threads, "
                + equation.grid() + "]";
    }
}
