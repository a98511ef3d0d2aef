package dev.eddy.solver.simulation;

import dev.eddy.solver.diagnostics.FlowDiagnostics;
import dev.eddy.solver.diagnostics.StaggeredDownsampling;
import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.fv.FiniteVolumeSolver;
import dev.eddy.solver.grid.Grid;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The finite-volume solver as a {@link SteppedModel}: the state is the MAC velocity; outputs are {@code u} (x-faces),
 * {@code v} (y-faces) and the corner {@code vorticity}, optionally after staggered downsampling to {@code saveSize}²
 * (tsm.md §1, keeps the discrete divergence zero), the vorticity then being the curl of the downsampled velocity.
 */
public final class FiniteVolumeModel implements SteppedModel, AutoCloseable {

    private final FiniteVolumeSolver solver;
    private final StaggeredVelocity state;
    private final int saveSize;

    /**
     * @param solver   the solver; its state is set to {@code initial}
     * @param saveSize side of the saved grid; the grid's own size for no downsampling (must divide it)
     */
    public FiniteVolumeModel(FiniteVolumeSolver solver, StaggeredVelocity initial, int saveSize) {
        Grid grid = solver.grid();
        if (!grid.equals(initial.grid())) {
            throw new IllegalArgumentException("initial state is on " + initial.grid() + ", the solver on " + grid);
        }
        if (saveSize < 2 || grid.nx() % saveSize != 0 || grid.ny() % saveSize != 0) {
            throw new IllegalArgumentException("save grid " + saveSize + " must divide the simulation grid " + grid.nx() + "×" + grid.ny());
        }
        this.solver = solver;
        solver.setVelocity(initial);
        this.state = solver.velocity();
        this.saveSize = saveSize;
    }

    /** The current velocity (live view). */
    public StaggeredVelocity velocity() {
        return state;
    }

    @Override
    public double dt() {
        return solver.dt();
    }

    @Override
    public void step() {
        solver.step();
    }

    @Override
    public Map<String, double[]> outputs() {
        StaggeredVelocity saved = saveSize == state.grid().nx() ? state : StaggeredDownsampling.toSize(state, saveSize);
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("vorticity", FlowDiagnostics.vorticity(saved).data());
        out.put("u", saved.u().data());
        out.put("v", saved.v().data());
        return out;
    }

    @Override
    public Map<String, double[]> state() {
        Map<String, double[]> s = new LinkedHashMap<>();
        s.put("u", state.u().data());
        s.put("v", state.v().data());
        return s;
    }

    @Override
    public void restore(Map<String, double[]> saved) {
        System.arraycopy(saved.get("u"), 0, state.u().data(), 0, state.grid().size());
        System.arraycopy(saved.get("v"), 0, state.v().data(), 0, state.grid().size());
    }

    @Override
    public double courantNumber() {
        return CourantNumber.of(state.grid(), state.u().data(), state.v().data(), dt());
    }

    @Override
    public void close() {
        solver.close();
    }
}
