package dev.eddy.stencil.train;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The TSM optimiser chain (tsm.md §4.4; optax {@code clip_by_global_norm → adam → add_decayed_weights → scale(−lr)}):
 * <pre>
 *   g ← g · min(1, c/‖g‖₂)                         global-norm clipping over all parameters
 *   m ← β₁m + (1−β₁)g,   v ← β₂v + (1−β₂)g²,   t ← t + 1
 *   θ ← θ − lr · ( m/(1−β₁ᵗ) / (√(v/(1−β₂ᵗ)) + ε)  +  λ θ )       decoupled weight decay
 * </pre>
 * An update whose gradient has a non-finite entry is skipped entirely (θ, m, v and t unchanged), like
 * {@code optax.apply_if_finite}. Plain Java in double precision, so results are reproducible bit for bit.
 *
 * <p>Mutable; not thread-safe.
 */
public final class AdamW {

    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double weightDecay;
    private final double clipNorm;
    private final Map<String, double[]> m = new LinkedHashMap<>();
    private final Map<String, double[]> v = new LinkedHashMap<>();
    private long count;

    public AdamW(double beta1, double beta2, double epsilon, double weightDecay, double clipNorm) {
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(epsilon > 0) || !(weightDecay >= 0)
                || !(clipNorm > 0)) {
            throw new IllegalArgumentException("invalid AdamW settings: β1=" + beta1 + ", β2=" + beta2 + ", ε="
                    + epsilon + ", weight decay=" + weightDecay + ", clip=" + clipNorm);
        }
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.weightDecay = weightDecay;
        this.clipNorm = clipNorm;
    }

    /** TSM settings: β₁ 0.9, β₂ 0.98, ε 1e-8, weight decay 1e-4, clip 0.25. */
    public static AdamW tsm() {
        return new AdamW(0.9, 0.98, 1e-8, 1e-4, 0.25);
    }

    /** Global L2 norm of all gradients. */
    public static double globalNorm(Map<String, double[]> gradients) {
        double sum = 0;
        for (double[] g : gradients.values()) {
            for (double x : g) {
                sum += x * x;
            }
        }
        return Math.sqrt(sum);
    }

    /**
     * Applies one update in place.
     *
     * @return false if the update was skipped because a gradient was not finite
     */
    public boolean update(Map<String, double[]> parameters, Map<String, double[]> gradients, double lr) {
        double norm = globalNorm(gradients);
        if (!Double.isFinite(norm)) {
            return false;
        }
        double scale = norm > clipNorm ? clipNorm / norm : 1.0;
        count++;
        double correction1 = 1 - Math.pow(beta1, count);
        double correction2 = 1 - Math.pow(beta2, count);
        for (Map.Entry<String, double[]> e : parameters.entrySet()) {
            double[] theta = e.getValue();
            double[] g = gradients.get(e.getKey());
            if (g == null || g.length != theta.length) {
                throw new IllegalArgumentException("gradient of " + e.getKey() + " missing or of wrong length");
            }
            double[] mm = m.computeIfAbsent(e.getKey(), k -> new double[theta.length]);
            double[] vv = v.computeIfAbsent(e.getKey(), k -> new double[theta.length]);
            for (int i = 0; i < theta.length; i++) {
                double gi = g[i] * scale;
                mm[i] = beta1 * mm[i] + (1 - beta1) * gi;
                vv[i] = beta2 * vv[i] + (1 - beta2) * gi * gi;
                double step = (mm[i] / correction1) / (Math.sqrt(vv[i] / correction2) + epsilon);
                theta[i] -= lr * (step + weightDecay * theta[i]);
            }
        }
        return true;
    }

    /** Number of applied (not skipped) updates. */
    public long count() {
        return count;
    }

    /** Optimiser state as named arrays ({@code m/<name>}, {@code v/<name>}) for checkpoints. */
    public Map<String, double[]> state() {
        Map<String, double[]> out = new LinkedHashMap<>();
        m.forEach((k, a) -> out.put("m/" + k, a.clone()));
        v.forEach((k, a) -> out.put("v/" + k, a.clone()));
        return out;
    }

    /** Restores the state written by {@link #state()} and the update count. */
    public void restore(Map<String, double[]> state, long updates) {
        m.clear();
        v.clear();
        state.forEach((k, a) -> {
            if (k.startsWith("m/")) {
                m.put(k.substring(2), a.clone());
            } else if (k.startsWith("v/")) {
                v.put(k.substring(2), a.clone());
            }
        });
        this.count = updates;
    }
}
