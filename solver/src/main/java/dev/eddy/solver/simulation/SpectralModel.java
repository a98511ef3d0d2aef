package dev.eddy.solver.simulation;

import dev.eddy.solver.fft.RealFft2D;
import dev.eddy.solver.fft.SpectralField;
import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.spectral.SpectralSolver;
import dev.eddy.solver.spectral.VorticitySpectra;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pseudo-spectral vorticity solver (double or float32) as a {@link SteppedModel}: the state is ω̂ (rfft2
 * layout, in the solver's precision; checkpoints hold it exactly as doubles); the output is the nodal
 * {@code vorticity} ({@code x_i = i·L/N}), optionally spectrally truncated to {@code saveSize}².
 */
public final class SpectralModel implements SteppedModel, AutoCloseable {

    private final SpectralSolver solver;
    private final int saveSize;
    private final Grid saveGrid;
    private final double[] vorticity;
    private final double[] u;
    private final double[] v;
    private final RealFft2D diagnosticFft;
    private final SpectralField diagnosticSpectrum;

    public SpectralModel(SpectralSolver solver, double[] initialVorticity, int saveSize) {
        Grid grid = solver.grid();
        if (saveSize < 2 || saveSize > Math.min(grid.nx(), grid.ny()) || saveSize % 2 != 0) {
            throw new IllegalArgumentException("save grid " + saveSize + " must be even and at most the simulation grid " + grid.nx());
        }
        this.solver = solver;
        this.saveSize = saveSize;
        this.saveGrid = Grid.square(saveSize, grid.lx());
        this.vorticity = new double[grid.size()];
        this.u = new double[grid.size()];
        this.v = new double[grid.size()];
        this.diagnosticFft = RealFft2D.of(grid, 1);
        this.diagnosticSpectrum = diagnosticFft.newSpectrum();
        solver.setVorticity(initialVorticity);
    }

    @Override
    public double dt() {
        return solver.parameters().dt();
    }

    @Override
    public void step() {
        solver.step();
    }

    @Override
    public Map<String, double[]> outputs() {
        solver.vorticity(vorticity);
        double[] saved = saveSize == solver.grid().nx() ? vorticity
                : VorticitySpectra.truncateVorticity(solver.grid(), vorticity, saveGrid);
        return Map.of("vorticity", saved);
    }

    @Override
    public Map<String, double[]> state() {
        Map<String, double[]> s = new LinkedHashMap<>();
        switch (solver) {
            case SpectralSolver.DoubleSolver d -> {
                s.put("vorticity_hat_re", d.state().re());
                s.put("vorticity_hat_im", d.state().im());
            }
            case SpectralSolver.FloatSolver f -> {
                s.put("vorticity_hat_re", widen(f.state().re()));
                s.put("vorticity_hat_im", widen(f.state().im()));
            }
        }
        return s;
    }

    @Override
    public void restore(Map<String, double[]> saved) {
        double[] re = saved.get("vorticity_hat_re");
        double[] im = saved.get("vorticity_hat_im");
        switch (solver) {
            case SpectralSolver.DoubleSolver d -> {
                System.arraycopy(re, 0, d.state().re(), 0, re.length);
                System.arraycopy(im, 0, d.state().im(), 0, im.length);
            }
            case SpectralSolver.FloatSolver f -> {
                narrow(re, f.state().re());
                narrow(im, f.state().im());
            }
        }
    }

    /** Courant number of the velocity recovered from the current nodal vorticity (double FFTs of its own). */
    @Override
    public double courantNumber() {
        solver.vorticity(vorticity);
        diagnosticFft.forward(vorticity, diagnosticSpectrum);
        VorticitySpectra.velocity(solver.grid(), diagnosticFft, diagnosticSpectrum, u, v);
        return CourantNumber.of(solver.grid(), u, v, dt());
    }

    private static double[] widen(float[] a) {
        double[] out = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            out[k] = a[k];
        }
        return out;
    }

    private static void narrow(double[] from, float[] to) {
        for (int k = 0; k < to.length; k++) {
            to[k] = (float) from[k];
        }
    }

    @Override
    public void close() {
        diagnosticFft.close();
        solver.close();
    }
}
