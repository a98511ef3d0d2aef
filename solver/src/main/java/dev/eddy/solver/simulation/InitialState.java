package dev.eddy.solver.simulation;

/**
 * An initial condition read from a file, on the simulation grid (row-major ny×nx): the vorticity, and for the
 * finite-volume solver optionally the MAC velocity ({@code u} on x-faces, {@code v} on y-faces), which then wins.
 *
 * @param vorticity vorticity (corners for fv, nodes for spectral), or null
 * @param u         x-face velocity, or null
 * @param v         y-face velocity, or null
 */
public record InitialState(double[] vorticity, double[] u, double[] v) {

    public InitialState {
        if (vorticity == null && (u == null || v == null)) {
            throw new IllegalArgumentException("an initial state needs vorticity, or both u and v");
        }
        if ((u == null) != (v == null)) {
            throw new IllegalArgumentException("an initial state needs both u and v, not one of them");
        }
    }

    public boolean hasVelocity() {
        return u != null;
    }
}
