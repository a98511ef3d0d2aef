package dev.eddy.viewer.service;

import dev.eddy.solver.simulation.NavierStokesRun;
import dev.eddy.solver.simulation.RunConfig;
import dev.eddy.solver.simulation.SteppedModel;

/**
 * A small 2-D Navier–Stokes run stepped in the viewer (live mode): forced Kolmogorov flow on [0, 2π)² with the
 * settings of {@code eddy simulate}'s defaults (forcing sin(4y), drag 0.1, CFL 0.5 at velocity scale 7, filtered
 * random initial field with peak wavenumber 4, seed 1) and viscosity ν = 1/Re. Not thread safe: one thread steps it.
 */
public final class LiveSimulation implements AutoCloseable {
    /** Model time between pictures. */
    public static final double FRAME_INTERVAL = 0.05;

    private final NavierStokesRun run;
    private final SteppedModel model;
    private final double[] coordinates;
    private long steps;

    /**
     * What to run.
     *
     * @param solver   "fv" or "spectral"
     * @param grid     grid side N (even, 16..512)
     * @param reynolds Reynolds number, ν = 1/Re
     */
    public record Settings(String solver, int grid, double reynolds) {
        public Settings {
            if (!solver.equals("fv") && !solver.equals("spectral")) {
                throw new ViewerException("solver must be fv or spectral, got '" + solver + "'");
            }
            if (grid < 16 || grid > 512 || grid % 2 != 0) {
                throw new ViewerException("live grid must be even and between 16 and 512, got " + grid);
            }
            if (!(reynolds > 0) || !Double.isFinite(reynolds)) {
                throw new ViewerException("Reynolds number must be positive, got " + reynolds);
            }
        }
    }

    private LiveSimulation(NavierStokesRun run, int grid) {
        this.run = run;
        this.model = run.model();
        this.coordinates = new double[grid];
        for (int i = 0; i < grid; i++) {
            coordinates[i] = 2 * Math.PI * i / grid;
        }
    }

    /** Builds the run (random initial state) on {@code threads} worker threads. */
    public static LiveSimulation start(Settings s, int threads) {
        RunConfig config = new RunConfig(s.solver(), s.grid(), 2 * Math.PI, 1 / s.reynolds(), 0.1, "kolmogorov", 4, 1,
                1e6, FRAME_INTERVAL, Double.NaN, 0.5, 7, 0, 1, 4, s.grid(), 1, "double",
                s.solver().equals("fv") ? "implicit-diffusion" : "cn-rk4", null, null);
        try {
            return new LiveSimulation(NavierStokesRun.create(config, null, null, threads), s.grid());
        } catch (IllegalArgumentException e) {
            throw new ViewerException("cannot start the live run: " + e.getMessage(), e);
        }
    }

    /** Steps until {@link #FRAME_INTERVAL} more model time has passed and returns the vorticity. */
    public Field2D advance() {
        long n = Math.max(1, Math.round(FRAME_INTERVAL / model.dt()));
        for (long i = 0; i < n; i++) {
            model.step();
        }
        steps += n;
        double[] w = model.outputs().get("vorticity").clone();
        for (double v : w) {
            if (!Double.isFinite(v)) {
                throw new ViewerException("the live run blew up at t = " + AxisTicks.value(time()) + " (non-finite vorticity)");
            }
        }
        return new Field2D("vorticity", "1", coordinates, coordinates, "x", "y", w);
    }

    /** Model time reached. */
    public double time() {
        return steps * model.dt();
    }

    public long steps() {
        return steps;
    }

    /** Largest Courant number of the current state. */
    public double courantNumber() {
        return model.courantNumber();
    }

    @Override
    public void close() {
        run.close();
    }
}
