package dev.eddy.climate.qg;

/**
 * Advances an {@link Mm93Model} state in place with a {@link TimeScheme}; buffers are preallocated so steps allocate
 * nothing. With the hemispheric flag, the state is projected onto the antisymmetric modes before the first step.
 * Not thread-safe.
 */
public final class Mm93Integrator {
    private final Mm93Model model;
    private final TimeScheme scheme;
    private final double dt;
    private final double[] k1;
    private final double[] k2;
    private final double[] k3;
    private final double[] k4;
    private final double[] stage;

    public Mm93Integrator(Mm93Model model, TimeScheme scheme, double dtSeconds) {
        if (!(dtSeconds > 0) || !Double.isFinite(dtSeconds)) {
            throw new IllegalArgumentException("time step must be positive, got " + dtSeconds);
        }
        this.model = model;
        this.scheme = scheme;
        this.dt = dtSeconds;
        int n = model.stateLength();
        this.k1 = new double[n];
        this.k2 = new double[n];
        this.k3 = new double[n];
        this.k4 = new double[n];
        this.stage = new double[n];
    }

    public double stepSeconds() {
        return dt;
    }

    public TimeScheme scheme() {
        return scheme;
    }

    public Mm93Model model() {
        return model;
    }

    /** Prepares a state for stepping (hemispheric projection when the flag is on). */
    public void prepare(double[] state) {
        if (model.parameters().hemispheric()) {
            model.projectHemispheric(state);
        }
    }

    /** Advances {@code state} by n steps in place. */
    public void step(double[] state, int n) {
        for (int s = 0; s < n; s++) {
            if (scheme == TimeScheme.RK4) {
                rk4(state);
            } else {
                heun(state);
            }
        }
    }

    private void rk4(double[] q) {
        int n = q.length;
        model.tendency(q, k1);
        for (int i = 0; i < n; i++) {
            stage[i] = q[i] + 0.5 * dt * k1[i];
        }
        model.tendency(stage, k2);
        for (int i = 0; i < n; i++) {
            stage[i] = q[i] + 0.5 * dt * k2[i];
        }
        model.tendency(stage, k3);
        for (int i = 0; i < n; i++) {
            stage[i] = q[i] + dt * k3[i];
        }
        model.tendency(stage, k4);
        double sixth = dt / 6;
        for (int i = 0; i < n; i++) {
            q[i] += sixth * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
        }
    }

    private void heun(double[] q) {
        int n = q.length;
        model.tendency(q, k1);
        for (int i = 0; i < n; i++) {
            stage[i] = q[i] + dt * k1[i];
        }
        model.tendency(stage, k2);
        double half = 0.5 * dt;
        for (int i = 0; i < n; i++) {
            q[i] += half * (k1[i] + k2[i]);
        }
    }
}
