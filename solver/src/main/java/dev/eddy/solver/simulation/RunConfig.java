package dev.eddy.solver.simulation;

/**
 * Everything that defines a 2-D Navier–Stokes run of {@code eddy simulate}; {@link #describe()} is the configuration
 * text stored in the output's provenance and in checkpoints (a resume must match it).
 *
 * @param solver          "fv" (finite volume, MAC grid) or "spectral" (pseudo-spectral vorticity)
 * @param grid            simulation grid side N (N×N cells / collocation points)
 * @param domain          domain side L
 * @param viscosity       kinematic viscosity ν
 * @param drag            linear drag coefficient
 * @param forcing         "kolmogorov", "none" or "file"
 * @param forcingWavenumber Kolmogorov wavenumber k ({@code f_x = scale·sin(k y)})
 * @param forcingScale    Kolmogorov amplitude
 * @param tEnd            final model time (spin-up included)
 * @param saveEvery       model time between saved frames
 * @param dt              time step, or NaN to take it from {@code cfl} and {@code maxVelocity}
 * @param cfl             Courant number for dt = cfl·Δx/maxVelocity
 * @param maxVelocity     velocity scale for the CFL time step
 * @param spinup          model time before the first saved frame
 * @param seed            seed of the first member's random initial condition
 * @param peakWavenumber  peak wavenumber of the random initial condition
 * @param saveGrid        side of the saved frames (downsampled when smaller than {@code grid})
 * @param ensemble        number of members (seeds seed…seed+ensemble−1)
 * @param precision       "double" or "float"
 * @param timeStepper     "implicit-diffusion" or "explicit-&lt;rk&gt;" for fv; "cn-rk4", "cn-rk3", "cn-rk2" for spectral
 * @param initFile        initial-condition file name (provenance only; the arrays come separately), or null
 * @param forcingFile     forcing file name (provenance only), or null
 */
public record RunConfig(String solver, int grid, double domain, double viscosity, double drag, String forcing,
        double forcingWavenumber, double forcingScale, double tEnd, double saveEvery, double dt, double cfl,
        double maxVelocity, double spinup, long seed, double peakWavenumber, int saveGrid, int ensemble,
        String precision, String timeStepper, String initFile, String forcingFile) {

    /** The time step: {@code dt} if given, else {@code cfl·(L/N)/maxVelocity} (tsm.md §1: π/(7N) at the defaults). */
    public double timeStep() {
        return Double.isNaN(dt) ? cfl * (domain / grid) / maxVelocity : dt;
    }

    /** One {@code key = value} line per setting, in a fixed order. */
    public String describe() {
        return String.join("\n",
                "solver = " + solver,
                "grid = " + grid,
                "domain = " + num(domain),
                "viscosity = " + num(viscosity),
                "drag = " + num(drag),
                "forcing = " + forcing + ("kolmogorov".equals(forcing)
                        ? " (wavenumber " + num(forcingWavenumber) + ", scale " + num(forcingScale) + ")" : "")
                        + (forcingFile != null ? " (" + forcingFile + ")" : ""),
                "t_end = " + num(tEnd),
                "save_every = " + num(saveEvery),
                "dt = " + num(timeStep()) + (Double.isNaN(dt) ? " (cfl " + num(cfl) + ", max velocity " + num(maxVelocity) + ")" : ""),
                "spinup = " + num(spinup),
                "initial_condition = " + (initFile != null ? "file " + initFile
                        : "filtered random velocity (seed " + seed + ", peak wavenumber " + num(peakWavenumber) + ", max velocity " + num(maxVelocity) + ")"),
                "save_grid = " + saveGrid,
                "ensemble = " + ensemble,
                "precision = " + precision,
                "time_stepper = " + timeStepper);
    }

    private static String num(double x) {
        return Double.toString(x);
    }
}
