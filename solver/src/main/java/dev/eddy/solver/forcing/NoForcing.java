package dev.eddy.solver.forcing;

/** The zero forcing. */
enum NoForcing implements Forcing {
    INSTANCE;

    @Override
    public void accumulate(double[] u, double[] v, double[] du, double[] dv) {
        // zero force: nothing to add
    }

    @Override
    public String toString() {
        return "no forcing";
    }
}
