package dev.eddy.solver.diagnostics;

import dev.eddy.solver.field.Field;
import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.operators.FiniteDifferences;

/** Diagnostics of a MAC velocity (finite-volume state). */
public final class FlowDiagnostics {
    private FlowDiagnostics() {}

    /** Vorticity {@code ω = ∂v/∂x − ∂u/∂y} at cell corners (forward differences, tsm.md §2.2). */
    public static Field vorticity(StaggeredVelocity v) {
        return FiniteDifferences.curl(v);
    }

    /** Backward-difference divergence at cell centres. */
    public static Field divergence(StaggeredVelocity v) {
        return FiniteDifferences.divergence(v);
    }

    /** {@code max|div v|}. */
    public static double maxAbsDivergence(StaggeredVelocity v) {
        return divergence(v).maxAbs();
    }

    /** Kinetic energy per unit area, {@code ½·mean(u² + v²)} (u, v at their own faces). */
    public static double kineticEnergy(StaggeredVelocity v) {
        double s = 0;
        double[] a = v.u().data();
        double[] b = v.v().data();
        for (int k = 0; k < a.length; k++) {
            s += a[k] * a[k] + b[k] * b[k];
        }
        return 0.5 * s / a.length;
    }

    /** Enstrophy per unit area of the corner vorticity, {@code ½·mean(ω²)}. */
    public static double enstrophy(StaggeredVelocity v) {
        return VorticityDiagnostics.enstrophy(vorticity(v).data());
    }
}
