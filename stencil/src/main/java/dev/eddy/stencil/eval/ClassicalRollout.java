package dev.eddy.stencil.eval;

import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.forcing.KolmogorovForcing;
import dev.eddy.solver.fv.FiniteVolumeNavierStokes;
import dev.eddy.solver.fv.FvEquation;
import dev.eddy.solver.fv.StepOptions;
import dev.eddy.solver.fv.VelocityStep;
import dev.eddy.solver.grid.Grid;
import dev.eddy.stencil.step.FlowParameters;

/**
 * The DNS-N baseline: {@code solver}'s classical finite-volume step (Kolmogorov forcing sin(4y), drag 0.1, ν = 1e-3,
 * dt = π/(7N)) on the test grid, started from the test file's initial state.
 */
public final class ClassicalRollout implements Rollout {

    private final int n;

    public ClassicalRollout(int n) {
        this.n = n;
    }

    @Override
    public double[][][][] rollout(double[][][][] history, int steps) {
        double[][][] initial = Rollout.initialStates(history);
        FlowParameters p = FlowParameters.kolmogorov(n);
        Grid grid = Grid.square2Pi(n);
        FvEquation equation = FvEquation.of(grid, p.viscosity(), KolmogorovForcing.withDrag(grid, 1, 4, p.drag()));
        double[][][][] out = new double[initial.length][steps][][];
        try (VelocityStep step = FiniteVolumeNavierStokes.implicitDiffusion(equation, p.dt(), StepOptions.sequential())) {
            for (int b = 0; b < initial.length; b++) {
                StaggeredVelocity state = StaggeredVelocity.of(grid, initial[b][0].clone(), initial[b][1].clone());
                for (int k = 0; k < steps; k++) {
                    step.advance(state);
                    out[b][k] = new double[][] {state.u().data().clone(), state.v().data().clone()};
                }
            }
        }
        return out;
    }
}
