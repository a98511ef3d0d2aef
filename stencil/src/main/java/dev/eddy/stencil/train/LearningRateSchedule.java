package dev.eddy.stencil.train;

/**
 * Linear warm-up from 0 to {@code peak} over {@code warmupSteps}, then cosine decay to 0 at {@code totalSteps}
 * (optax {@code warmup_cosine_decay_schedule} with init and end value 0, tsm.md §4.4):
 * <pre>
 *   lr(t) = peak · t / W                                  t &lt; W
 *   lr(t) = peak · ½ (1 + cos(π · (t − W)/(T − W)))       W ≤ t &lt; T,   0 for t ≥ T
 * </pre>
 * with t the 0-based update index (so the first update has lr 0 when W &gt; 0, as in optax).
 */
public record LearningRateSchedule(double peak, int warmupSteps, int totalSteps) {

    public LearningRateSchedule {
        if (!(peak > 0) || !Double.isFinite(peak) || warmupSteps < 0 || totalSteps <= warmupSteps) {
            throw new IllegalArgumentException("need peak > 0 and 0 ≤ warmup < total, got " + peak + ", "
                    + warmupSteps + ", " + totalSteps);
        }
    }

    public double at(long t) {
        if (t < warmupSteps) {
            return peak * t / warmupSteps;
        }
        if (t >= totalSteps) {
            return 0;
        }
        return peak * 0.5 * (1 + Math.cos(Math.PI * (t - warmupSteps) / (totalSteps - warmupSteps)));
    }
}
