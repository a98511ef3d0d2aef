package dev.eddy.climate.qg;

/**
 * The Roads (1987) forcing used by Marshall &amp; Molteni (1993): the time-independent S that makes the mean tendency of a
 * sample of states vanish, S = J(ψ̄, q̄) + mean J(ψ′, q′) + D(ψ̄, q̄) = −mean_n F₀(q_n), where F₀ is the model tendency
 * without forcing (the two forms agree because J is bilinear and D linear). Sources: QG3.jl {@code compute_S_Roads},
 * LMD {@code force1.f}.
 */
public final class RoadsForcing {
    private final Mm93Model model;
    private final double[] sum;
    private final double[] q;
    private final double[] tendency;
    private int count;

    /** Accumulator for the given model (its own forcing is ignored). */
    public RoadsForcing(Mm93Model model) {
        this.model = model;
        this.sum = new double[model.stateLength()];
        this.q = new double[model.stateLength()];
        this.tendency = new double[model.stateLength()];
    }

    /** Adds one state given as spectral streamfunction ψ (flattened by level). */
    public void addStreamfunction(double[] psi) {
        model.potentialVorticityAnomaly(psi, q);
        addPotentialVorticity(q);
    }

    /** Adds one state given as the PV anomaly q′. */
    public void addPotentialVorticity(double[] state) {
        model.tendency(state, tendency, false);
        for (int i = 0; i < sum.length; i++) {
            sum[i] += tendency[i];
        }
        count++;
    }

    public int count() {
        return count;
    }

    /** S [s⁻²], spectral, flattened by level. */
    public double[] forcing() {
        if (count == 0) {
            throw new IllegalStateException("no states were added");
        }
        double[] s = new double[sum.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = -sum[i] / count;
        }
        return s;
    }
}
