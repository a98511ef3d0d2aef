package dev.eddy.solver.forcing;

/**
 * A body force (acceleration) on the MAC-grid velocity of the finite-volume solver: given {@code u} on x-faces and
 * {@code v} on y-faces (row-major {@code double[ny*nx]}), it adds {@code f_x} to {@code du} and {@code f_y} to
 * {@code dv} at the same faces. Implementations allocate nothing per call and may depend on the velocity (drag).
 */
@FunctionalInterface
public interface Forcing {

    /** {@code du += f_x(u, v)}, {@code dv += f_y(u, v)}. */
    void accumulate(double[] u, double[] v, double[] du, double[] dv);

    /** No forcing (decaying turbulence). */
    static Forcing none() {
        return NoForcing.INSTANCE;
    }

    /** The sum of this forcing and {@code other}. */
    default Forcing plus(Forcing other) {
        Forcing self = this;
        return new Forcing() {
            @Override
            public void accumulate(double[] u, double[] v, double[] du, double[] dv) {
                self.accumulate(u, v, du, dv);
                other.accumulate(u, v, du, dv);
            }

            @Override
            public String toString() {
                return self + " + " + other;
            }
        };
    }
}
