package dev.eddy.solver.simulation;

import dev.eddy.solver.fft.SpectralField;
import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.spectral.SpectralNavierStokes2D;
import dev.eddy.solver.spectral.VorticitySpectra;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pseudo-spectral vorticity solver as a {@link SteppedModel}: the state is ω̂ (rfft2 layout); the output is the
 * nodal {@code vorticity} ({@code x_i = i·L/N}), optionally spectrally truncated to {@code saveSize}².
 */
public final class SpectralModel implements SteppedModel, AutoCloseable {

    private final SpectralNavierStokes2D solver;
    private final SpectralField state;
    private final int saveSize;
    private final double[] vorticity;
    private final double[] u;
    private final double[] v;
    private final Grid saveGrid;

    public SpectralModel(SpectralNavierStokes2D solver, double[] initialVorticity, int saveSize) {
        Grid grid = solver.grid();
        if (saveSize < 2 || saveSize > Math.min(grid.nx(), grid.ny()) || saveSize % 2 != 0) {
            throw new IllegalArgumentException("save grid " + saveSize + " must be even and at most the simulation grid " + grid.nx());
        }
        this.solver = solver;
        this.state = solver.stateFromVorticity(initialVorticity);
        this.saveSize = saveSize;
        this.vorticity = new double[grid.size()];
        this.u = new double[grid.size()];
        this.v = new double[grid.size()];
        this.saveGrid = Grid.square(saveSize, grid.lx());
    }

    /** The current spectral state (live view). */
    public SpectralField spectrum() {
        return state;
    }

    @Override
    public double dt() {
        return solver.parameters().dt();
    }

    @Override
    public void step() {
        solver.step(state);
    }

    @Override
    public Map<String, double[]> outputs() {
        solver.vorticity(state, vorticity);
        double[] saved = saveSize == solver.grid().nx() ? vorticity
                : VorticitySpectra.truncateVorticity(solver.grid(), vorticity, saveGrid);
        return Map.of("vorticity", saved);
    }

    @Override
    public Map<String, double[]> state() {
        Map<String, double[]> s = new LinkedHashMap<>();
        s.put("vorticity_hat_re", state.re());
        s.put("vorticity_hat_im", state.im());
        return s;
    }

    @Override
    public void restore(Map<String, double[]> saved) {
        System.arraycopy(saved.get("vorticity_hat_re"), 0, state.re(), 0, state.re().length);
        System.arraycopy(saved.get("vorticity_hat_im"), 0, state.im(), 0, state.im().length);
    }

    @Override
    public double courantNumber() {
        VorticitySpectra.velocity(solver.grid(), solver.fft(), state, u, v);
        return CourantNumber.of(solver.grid(), u, v, dt());
    }

    @Override
    public void close() {
        solver.close();
    }
}
