package dev.eddy.hippo;

/**
 * The sequence of discrete steps {@code x_k = Ā_k x_{k-1} + B̄_k u_k} that turns a sampled history into HiPPO
 * coefficients, starting from {@code x = 0} before frame 0. Time-invariant schedules return the same step for
 * every frame; the LegS recurrences of {@link LegsOnlineProjection} vary with the frame.
 */
public interface StepSchedule {

    /** The state size N. */
    int order();

    /** True when every frame uses the same step. */
    boolean timeInvariant();

    /** The step applied when frame {@code frame} (0-based) arrives. */
    DiscreteSystem stepAt(int frame);

    /** A time-invariant schedule of one discrete system. */
    static StepSchedule timeInvariant(DiscreteSystem system) {
        return new StepSchedule() {
            @Override
            public int order() {
                return system.order();
            }

            @Override
            public boolean timeInvariant() {
                return true;
            }

            @Override
            public DiscreteSystem stepAt(int frame) {
                return system;
            }
        };
    }
}
