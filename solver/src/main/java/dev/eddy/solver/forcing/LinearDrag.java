package dev.eddy.solver.forcing;

/**
 * Linear (Rayleigh) drag {@code f = −d·v} on both components (tsm.md §1: {@code d = 0.1}; JAX-CFD
 * {@code linear_forcing} with coefficient {@code −d}).
 */
public final class LinearDrag implements Forcing {
    private final double drag;

    /** @param drag the drag coefficient {@code d ≥ 0} */
    public LinearDrag(double drag) {
        if (!(drag >= 0) || !Double.isFinite(drag)) {
            throw new IllegalArgumentException("drag must be finite and ≥ 0, got " + drag);
        }
        this.drag = drag;
    }

    public double drag() {
        return drag;
    }

    @Override
    public void accumulate(double[] u, double[] v, double[] du, double[] dv) {
        if (drag == 0) {
            return;
        }
        for (int k = 0; k < u.length; k++) {
            du[k] -= drag * u[k];
            dv[k] -= drag * v[k];
        }
    }

    @Override
    public String toString() {
        return "linear drag −" + drag + "·v";
    }
}
