package dev.eddy.solver.fv;

import dev.eddy.solver.fft.RealFft2D;
import dev.eddy.solver.fft.WorkerTeam;
import dev.eddy.solver.field.InconsistentGridException;
import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.operators.RowLoops;

/**
 * JAX-CFD's {@code implicit_diffusion_navier_stokes} (tsm.md §2.5), the DNS, DNS-N, LI and TSM stepper:
 * <pre>
 *   v*     = vⁿ + Δt·(conv(vⁿ) + f(vⁿ)/ρ)       forward Euler
 *   v**    = P(v*)                              pressure projection
 *   vⁿ⁺¹   = (I − νΔt∇²_h)⁻¹ v**                 FFT implicit diffusion, per component
 * </pre>
 * First order in time; diffusion after projection keeps {@code div = 0} on the periodic grid. Projection and
 * diffusion run fused in Fourier space ({@link ProjectionAndDiffusion}: 4 FFTs per step instead of 6).
 */
final class ImplicitDiffusionStep implements VelocityStep {
    private final FvEquation equation;
    private final double dt;
    private final StatePrecision precision;
    private final WorkerTeam team;
    private final RealFft2D fft;
    private final ExplicitTerms explicitTerms;
    private final ProjectionAndDiffusion projectionAndDiffusion;
    private final double[] du;
    private final double[] dv;

    ImplicitDiffusionStep(FvEquation equation, double dt, StepOptions options) {
        Grid g = equation.grid();
        this.equation = equation;
        this.dt = dt;
        this.precision = options.precision();
        this.team = WorkerTeam.of(options.threads());
        this.fft = RealFft2D.of(g.ny(), g.nx(), team);
        this.explicitTerms = new ExplicitTerms(equation, dt, false, team);
        this.projectionAndDiffusion = new ProjectionAndDiffusion(g, fft, team, equation.viscosity() * dt);
        this.du = new double[g.size()];
        this.dv = new double[g.size()];
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
        explicitTerms.evaluate(u, v, du, dv);
        int nx = equation.grid().nx();
        RowLoops.forRows(team, equation.grid().ny(), (j0, j1) -> {
            for (int k = j0 * nx, end = j1 * nx; k < end; k++) {
                u[k] += dt * du[k];
                v[k] += dt * dv[k];
            }
        });
        projectionAndDiffusion.applyInPlace(u, v);
        precision.roundInPlace(u);
        precision.roundInPlace(v);
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
        return "implicit-diffusion FV step [dt=" + dt + ", ν=" + equation.viscosity() + ", ρ=" + equation.density()
                + ", " + equation.forcing() + ", " + precision + ", " + team.size() + " threads, " + equation.grid() + "]";
    }
}
