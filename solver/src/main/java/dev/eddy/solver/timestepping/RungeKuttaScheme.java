package dev.eddy.solver.timestepping;

import java.util.Locale;

/**
 * The registered explicit Runge–Kutta schemes (JAX-CFD {@code time_stepping.py}: forward Euler, midpoint, Heun RK2,
 * classic RK4; tsm.md §2.5). Each entry is its {@link ButcherTableau}; a test runs every entry on an exactly
 * solvable problem and checks its order.
 */
public enum RungeKuttaScheme {
    /** {@code y_{n+1} = y_n + Δt F(y_n)}; order 1. */
    FORWARD_EULER(new ButcherTableau("forward-euler", 1, new double[][] {{}}, new double[] {1})),
    /** Explicit midpoint: {@code a = [[½]]}, {@code b = [0, 1]}; order 2. */
    MIDPOINT(new ButcherTableau("midpoint", 2, new double[][] {{}, {0.5}}, new double[] {0, 1})),
    /** Heun's RK2 (explicit trapezoid): {@code a = [[1]]}, {@code b = [½, ½]}; order 2. */
    HEUN(new ButcherTableau("heun", 2, new double[][] {{}, {1}}, new double[] {0.5, 0.5})),
    /** Classic RK4: {@code a = [[½], [0, ½], [0, 0, 1]]}, {@code b = [⅙, ⅓, ⅓, ⅙]}; order 4. */
    RK4(new ButcherTableau("rk4", 4, new double[][] {{}, {0.5}, {0, 0.5}, {0, 0, 1}},
            new double[] {1.0 / 6, 1.0 / 3, 1.0 / 3, 1.0 / 6}));

    private final ButcherTableau tableau;

    RungeKuttaScheme(ButcherTableau tableau) {
        this.tableau = tableau;
    }

    public ButcherTableau tableau() {
        return tableau;
    }

    /** The scheme called {@code name} (its tableau name, e.g. {@code rk4}, or the enum name), or an exception listing them. */
    public static RungeKuttaScheme byName(String name) {
        for (RungeKuttaScheme s : values()) {
            if (s.tableau.name().equals(name) || s.name().equals(name.toUpperCase(Locale.ROOT))) {
                return s;
            }
        }
        StringBuilder known = new StringBuilder();
        for (RungeKuttaScheme s : values()) {
            known.append(known.isEmpty() ? "" : ", ").append(s.tableau.name());
        }
        throw new IllegalArgumentException("unknown Runge–Kutta scheme '" + name + "' (known: " + known + ")");
    }
}
