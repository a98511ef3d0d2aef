package dev.eddy.solver.spectral;

/**
 * Physical and numerical settings of the pseudo-spectral vorticity solver.
 *
 * @param viscosity kinematic viscosity ν ≥ 0
 * @param drag      linear drag coefficient ≥ 0 (the {@code −drag·ω} term, treated implicitly)
 * @param forcing   body force (its curl enters the explicit term)
 * @param scheme    IMEX time stepper
 * @param dt        time step &gt; 0
 * @param threads   worker threads ≥ 1 (2 uses both cores of the reference machine)
 */
public record SpectralParameters(double viscosity, double drag, VorticityForcing forcing, ImexScheme scheme,
                                 double dt, int threads) {

    public SpectralParameters {
        if (!(viscosity >= 0) || !Double.isFinite(viscosity)) {
            throw new IllegalArgumentException("viscosity must be finite and ≥ 0, got " + viscosity);
        }
        if (!(drag >= 0) || !Double.isFinite(drag)) {
            throw new IllegalArgumentException("drag must be finite and ≥ 0, got " + drag);
        }
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new IllegalArgumentException("time step must be finite and > 0, got " + dt);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be ≥ 1, got " + threads);
        }
        if (forcing == null || scheme == null) {
            throw new IllegalArgumentException("forcing and scheme are required");
        }
    }

    /** Kochkov/TSM Kolmogorov flow (tsm.md §1): ν = 1e-3, drag 0.1, {@code f_x = sin(4y)}, CN-RK4, one thread. */
    public static SpectralParameters kolmogorov(double dt) {
        return new SpectralParameters(1e-3, 0.1, VorticityForcing.kolmogorov(1.0, 4), ImexScheme.CN_RK4, dt, 1);
    }

    /** Unforced flow without drag (decaying, or inviscid with {@code viscosity = 0}), CN-RK4, one thread. */
    public static SpectralParameters unforced(double viscosity, double dt) {
        return new SpectralParameters(viscosity, 0.0, VorticityForcing.none(), ImexScheme.CN_RK4, dt, 1);
    }

    public SpectralParameters withScheme(ImexScheme s) {
        return new SpectralParameters(viscosity, drag, forcing, s, dt, threads);
    }

    public SpectralParameters withDt(double newDt) {
        return new SpectralParameters(viscosity, drag, forcing, scheme, newDt, threads);
    }

    public SpectralParameters withThreads(int n) {
        return new SpectralParameters(viscosity, drag, forcing, scheme, dt, n);
    }

    public SpectralParameters withDrag(double d) {
        return new SpectralParameters(viscosity, d, forcing, scheme, dt, threads);
    }

    public SpectralParameters withForcing(VorticityForcing f) {
        return new SpectralParameters(viscosity, drag, f, scheme, dt, threads);
    }
}
