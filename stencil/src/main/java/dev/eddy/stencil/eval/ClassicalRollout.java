package dev.eddy.stencil.eval;

import dev.eddy.solver.diagnostics.StaggeredDownsampling;
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
 * dt = π/(7N)) on an N×N grid. Its outputs are taken every coarse step of the evaluation grid n (N/n fine steps, since
 * dt_n = (N/n)·dt_N) and downsampled to n×n by staggered averaging, as Kochkov et al. (2021) compare DNS-N with the
 * learned models: on the learned model's grid.
 */
public final class ClassicalRollout implements Rollout {

    private final int grid;
    private final int outputGrid;

    /** The baseline on the evaluation grid itself. */
    public ClassicalRollout(int n) {
        this(n, n);
    }

    /**
     * @param grid       the solver's grid N
     * @param outputGrid the evaluation grid n; must divide N
     */
    public ClassicalRollout(int grid, int outputGrid) {
        if (outputGrid < 2 || grid % outputGrid != 0) {
            throw new IllegalArgumentException("dns:" + grid + " cannot be compared on a " + outputGrid
                    + "² grid: " + outputGrid + " must divide " + grid);
        }
        this.grid = grid;
        this.outputGrid = outputGrid;
    }

    /** The solver's grid N. */
    public int grid() {
        return grid;
    }

    /** Starts from the last history frame, which must be on the solver's grid. */
    @Override
    public double[][][][] rollout(double[][][][] history, int steps) {
        return rolloutFrom(Rollout.initialStates(history), steps);
    }

    /**
     * The baseline started from given states on the solver's grid instead of the history it is handed, e.g. the test
     * trajectories at a finer grid than the history's.
     *
     * @param initial {@code [B][2][N*N]} MAC velocities on the solver's grid
     */
    public Rollout startingFrom(double[][][] initial) {
        return (history, steps) -> rolloutFrom(initial, steps);
    }

    /**
     * @param initial {@code [B][2][N*N]} MAC velocities on the solver's grid
     * @return {@code [B][steps][2][n*n]}: the states after 1..steps coarse steps, downsampled to the output grid
     */
    public double[][][][] rolloutFrom(double[][][] initial, int steps) {
        FlowParameters p = FlowParameters.kolmogorov(grid);
        Grid g = Grid.square2Pi(grid);
        int finePerCoarse = grid / outputGrid;
        FvEquation equation = FvEquation.of(g, p.viscosity(), KolmogorovForcing.withDrag(g, 1, 4, p.drag()));
        double[][][][] out = new double[initial.length][steps][][];
        try (VelocityStep step = FiniteVolumeNavierStokes.implicitDiffusion(equation, p.dt(), StepOptions.sequential())) {
            for (int b = 0; b < initial.length; b++) {
                if (initial[b][0].length != g.size()) {
                    throw new IllegalArgumentException("initial state of sample " + b + " has " + initial[b][0].length
                            + " values per component, dns:" + grid + " needs " + g.size());
                }
                StaggeredVelocity state = StaggeredVelocity.of(g, initial[b][0].clone(), initial[b][1].clone());
                for (int k = 0; k < steps; k++) {
                    for (int s = 0; s < finePerCoarse; s++) {
                        step.advance(state);
                    }
                    StaggeredVelocity coarse = StaggeredDownsampling.toSize(state, outputGrid);
                    out[b][k] = new double[][] {coarse.u().data().clone(), coarse.v().data().clone()};
                }
            }
        }
        return out;
    }
}
