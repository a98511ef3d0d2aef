package dev.eddy.solver.fv;

import dev.eddy.solver.fft.WorkerTeam;
import dev.eddy.solver.operators.Convection;
import dev.eddy.solver.operators.FiniteDifferences;
import dev.eddy.solver.operators.RowLoops;
import java.util.Arrays;

/**
 * The explicitly integrated right-hand side of the momentum equation (tsm.md §2.5):
 * <pre>
 *   E(v) = conv(v) + f(v)/ρ                (implicit-diffusion stepper)
 *   E(v) = conv(v) + ν∇²_h v + f(v)/ρ      (explicit-diffusion stepper)
 * </pre>
 * with {@link Convection} (which takes {@code Δt} for its Lax–Wendroff Courant numbers) and the 5-point Laplacian.
 * Owns scratch arrays; not thread-safe.
 */
final class ExplicitTerms {
    private final FvEquation equation;
    private final boolean includeDiffusion;
    private final double dt;
    private final WorkerTeam team;
    private final Convection convection;
    private final double[] forceU;
    private final double[] forceV;
    private final double[] lapU;
    private final double[] lapV;

    ExplicitTerms(FvEquation equation, double dt, boolean includeDiffusion, WorkerTeam team) {
        this.equation = equation;
        this.includeDiffusion = includeDiffusion && equation.viscosity() > 0;
        this.dt = dt;
        this.team = team;
        this.convection = new Convection(equation.grid(), team);
        int n = equation.grid().size();
        boolean unitDensity = equation.density() == 1.0;
        forceU = unitDensity ? null : new double[n];
        forceV = unitDensity ? null : new double[n];
        lapU = this.includeDiffusion ? new double[n] : null;
        lapV = this.includeDiffusion ? new double[n] : null;
    }

    /** {@code (du, dv) ← E(u, v)}. */
    void evaluate(double[] u, double[] v, double[] du, double[] dv) {
        convection.convect(u, v, dt, du, dv);
        if (forceU == null) {
            equation.forcing().accumulate(u, v, du, dv);
        } else {
            Arrays.fill(forceU, 0);
            Arrays.fill(forceV, 0);
            equation.forcing().accumulate(u, v, forceU, forceV);
            double rho = equation.density();
            for (int k = 0; k < du.length; k++) {
                du[k] += forceU[k] / rho;
                dv[k] += forceV[k] / rho;
            }
        }
        if (includeDiffusion) {
            FiniteDifferences.laplacianInto(team, equation.grid(), u, lapU);
            FiniteDifferences.laplacianInto(team, equation.grid(), v, lapV);
            double nu = equation.viscosity();
            int nx = equation.grid().nx();
            RowLoops.forRows(team, equation.grid().ny(), (j0, j1) -> {
                for (int k = j0 * nx, end = j1 * nx; k < end; k++) {
                    du[k] += nu * lapU[k];
                    dv[k] += nu * lapV[k];
                }
            });
        }
    }
}
