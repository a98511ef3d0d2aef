package dev.eddy.solver.forcing;

import dev.eddy.solver.field.StaggeredVelocity;

/**
 * A steady, user-given force: {@code f_x} on the x-faces and {@code f_y} on the y-faces, e.g. read from a file.
 * The arrays are copied at construction.
 */
public final class FaceForcing implements Forcing {
    private final double[] fx;
    private final double[] fy;

    /** @param force {@code (f_x, f_y)} at the u- and v-faces of the solver's grid */
    public FaceForcing(StaggeredVelocity force) {
        if (!force.isFinite()) {
            throw new IllegalArgumentException("forcing contains non-finite values");
        }
        this.fx = force.u().data().clone();
        this.fy = force.v().data().clone();
    }

    @Override
    public void accumulate(double[] u, double[] v, double[] du, double[] dv) {
        if (du.length != fx.length) {
            throw new IllegalArgumentException("forcing has " + fx.length + " values per component, velocity " + du.length);
        }
        for (int k = 0; k < fx.length; k++) {
            du[k] += fx[k];
            dv[k] += fy[k];
        }
    }

    @Override
    public String toString() {
        return "face forcing (" + fx.length + " values per component)";
    }
}
