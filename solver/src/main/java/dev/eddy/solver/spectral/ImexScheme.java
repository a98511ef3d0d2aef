package dev.eddy.solver.spectral;

/**
 * The registered IMEX time steppers of the pseudo-spectral solver (tsm.md §2.6). Every scheme treats the linear term
 * {@code L = −ν|k|² − drag} by Crank–Nicolson (second order); {@link #explicitOrder()} is the order of the explicit
 * Runge–Kutta part, the order seen when {@code L = 0} (inviscid, drag-free).
 */
public enum ImexScheme {

    /**
     * Five-stage low-storage RK4 of Carpenter &amp; Kennedy (1994) with Crank–Nicolson: JAX-CFD's
     * {@code crank_nicolson_rk4}, the default. Coefficients exactly as in tsm.md §2.6.
     */
    CN_RK4(new ImexTableau.LowStorageCrankNicolson(
            new double[] {0, 0.1496590219993, 0.3704009573644, 0.6222557631345, 0.9582821306748, 1},
            new double[] {0, -0.4178904745, -1.192151694643, -1.697784692471, -1.514183444257},
            new double[] {0.1496590219993, 0.3792103129999, 0.8229550293869, 0.6994504559488, 0.1530572479681}), 4),

    /** Williamson's three-stage low-storage RK3 with Crank–Nicolson: JAX-CFD's {@code crank_nicolson_rk3}. */
    CN_RK3(new ImexTableau.LowStorageCrankNicolson(
            new double[] {0, 1.0 / 3, 3.0 / 4, 1},
            new double[] {0, -5.0 / 9, -153.0 / 128},
            new double[] {1.0 / 3, 15.0 / 16, 8.0 / 15}), 3),

    /** Heun (RK2) with Crank–Nicolson: JAX-CFD's {@code crank_nicolson_rk2}. */
    CN_RK2(new ImexTableau.HeunCrankNicolson(), 2);

    private final ImexTableau tableau;
    private final int explicitOrder;

    ImexScheme(ImexTableau tableau, int explicitOrder) {
        this.tableau = tableau;
        this.explicitOrder = explicitOrder;
    }

    public ImexTableau tableau() {
        return tableau;
    }

    /** Order of accuracy of the explicit part. */
    public int explicitOrder() {
        return explicitOrder;
    }

    /** Explicit-term evaluations (each costs 4 inverse + 1 forward 2-D FFTs) per step. */
    public int stages() {
        return tableau.stages();
    }

    /** Parses {@code cn-rk4}, {@code CN_RK4}, {@code rk4} and the like. */
    public static ImexScheme parse(String name) {
        String key = name.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        if (!key.startsWith("CN_")) {
            key = "CN_" + key;
        }
        for (ImexScheme s : values()) {
            if (s.name().equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown time stepper '" + name + "'; known: cn-rk4, cn-rk3, cn-rk2");
    }
}
