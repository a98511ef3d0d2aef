package dev.eddy.stencil.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * When the TSM network runs and which of its B bundled stencil sets each step uses (tsm.md §4.2).
 *
 * <ul>
 * <li>{@link Cadence#FIXED} (eddy's default, the deliberate fix): the network runs at steps 0, B, 2B, … and step k
 * uses slice {@code k mod B}; every step gets learned stencils and each prediction is used for exactly B steps.</li>
 * <li>{@link Cadence#PUBLISHED} (the TSM repo's counter, for parity): the cache starts with zero logits and
 * counter 0; at each step, if counter = B the network runs and counter ← 0, else counter ← counter + 1; the slice is
 * {@code min(counter, B − 1)}. So steps 0..B−1 use zero logits (the bias stencils), then the network runs every
 * B + 1 steps and its slices are used as 0, 1, …, B−1, B−1.</li>
 * </ul>
 *
 * @param bundle  B ≥ 1, stencil sets per network call
 * @param cadence the counter convention
 */
public record BundlingSchedule(int bundle, Cadence cadence) {

    /** Counter convention. */
    public enum Cadence { FIXED, PUBLISHED }

    /** What happens at one step. */
    public record Step(boolean runNetwork, boolean zeroLogits, int slice) {
    }

    /**
     * Steps {@code start .. start + steps.size() − 1} of a plan that need nothing from earlier steps but the state
     * and the history features: the first step runs the network, or every step uses zero logits.
     */
    public record Segment(int start, List<Step> steps) {

        public Segment {
            steps = List.copyOf(steps);
            if (steps.isEmpty()) {
                throw new IllegalArgumentException("a segment needs at least one step");
            }
            boolean call = steps.get(0).runNetwork();
            for (int k = 0; k < steps.size(); k++) {
                Step step = steps.get(k);
                if ((k > 0 && step.runNetwork()) || (!call && !step.zeroLogits())) {
                    throw new IllegalArgumentException("step " + k + " of a segment needs a network call of its own "
                            + "or of an earlier segment");
                }
            }
        }

        /** Whether the segment calls the network (at its first step). */
        public boolean runsNetwork() {
            return steps.get(0).runNetwork();
        }
    }

    public BundlingSchedule {
        if (bundle < 1) {
            throw new IllegalArgumentException("bundle must be ≥ 1, got " + bundle);
        }
    }

    /**
     * The plan of steps 0 .. steps−1 cut before every network call: within a segment, every step uses the stencils
     * of the segment's own network call (or zero logits), so a segment can be evaluated from the state and the
     * features at its start alone. The step-by-step TSM objective runs one graph per segment.
     */
    public List<Segment> segments(int steps) {
        Step[] plan = plan(steps);
        List<Segment> out = new ArrayList<>();
        int start = 0;
        for (int k = 1; k <= steps; k++) {
            if (k == steps || plan[k].runNetwork()) {
                out.add(new Segment(start, Arrays.asList(plan).subList(start, k)));
                start = k;
            }
        }
        return out;
    }

    /** The plan of steps 0 .. steps−1 of one rollout chunk (the counter restarts with every chunk). */
    public Step[] plan(int steps) {
        Step[] out = new Step[steps];
        if (cadence == Cadence.FIXED) {
            for (int k = 0; k < steps; k++) {
                out[k] = new Step(k % bundle == 0, false, k % bundle);
            }
            return out;
        }
        int counter = 0;
        boolean haveLogits = false;
        for (int k = 0; k < steps; k++) {
            boolean run = counter == bundle;
            if (run) {
                counter = 0;
                haveLogits = true;
            } else {
                counter++;
            }
            out[k] = new Step(run, !haveLogits, Math.min(counter, bundle - 1));
        }
        return out;
    }
}
