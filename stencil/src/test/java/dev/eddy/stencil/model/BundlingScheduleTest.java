package dev.eddy.stencil.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BundlingScheduleTest {

    private static int[] slices(BundlingSchedule.Step[] plan) {
        int[] s = new int[plan.length];
        for (int k = 0; k < plan.length; k++) {
            s[k] = plan[k].zeroLogits() ? -1 : plan[k].slice();
        }
        return s;
    }

    private static boolean[] runs(BundlingSchedule.Step[] plan) {
        boolean[] r = new boolean[plan.length];
        for (int k = 0; k < plan.length; k++) {
            r[k] = plan[k].runNetwork();
        }
        return r;
    }

    @Test
    void fixedCadenceRunsEveryBStepsAndUsesEverySliceOnce() {
        BundlingSchedule.Step[] plan = new BundlingSchedule(4, BundlingSchedule.Cadence.FIXED).plan(10);
        assertArrayEquals(new int[] {0, 1, 2, 3, 0, 1, 2, 3, 0, 1}, slices(plan));
        assertArrayEquals(new boolean[] {true, false, false, false, true, false, false, false, true, false},
                runs(plan));
    }

    /** tsm.md §4.2: zero logits for 4 steps, then the network every 5 steps with slices 0, 1, 2, 3, 3. */
    @Test
    void publishedCadenceReproducesTheTsmCounterQuirk() {
        BundlingSchedule.Step[] plan = new BundlingSchedule(4, BundlingSchedule.Cadence.PUBLISHED).plan(15);
        assertArrayEquals(new int[] {-1, -1, -1, -1, 0, 1, 2, 3, 3, 0, 1, 2, 3, 3, 0}, slices(plan));
        assertArrayEquals(new boolean[] {false, false, false, false, true, false, false, false, false, true, false,
            false, false, false, true}, runs(plan));
    }

    @Test
    void bundleOneIsPlainLiCadence() {
        BundlingSchedule.Step[] plan = new BundlingSchedule(1, BundlingSchedule.Cadence.FIXED).plan(3);
        assertArrayEquals(new int[] {0, 0, 0}, slices(plan));
        assertArrayEquals(new boolean[] {true, true, true}, runs(plan));
        assertThrows(IllegalArgumentException.class, () -> new BundlingSchedule(0, BundlingSchedule.Cadence.FIXED));
    }

    /** Segments start at every network call; a published head of zero-logit steps is a segment of its own. */
    @Test
    void segmentsCutThePlanBeforeEveryNetworkCall() {
        List<BundlingSchedule.Segment> fixed = new BundlingSchedule(2, BundlingSchedule.Cadence.FIXED).segments(5);
        assertEquals(List.of(0, 2, 4), fixed.stream().map(BundlingSchedule.Segment::start).toList());
        assertEquals(List.of(2, 2, 1), fixed.stream().map(s -> s.steps().size()).toList());
        assertTrue(fixed.stream().allMatch(BundlingSchedule.Segment::runsNetwork));
        assertEquals(fixed.get(0).steps(), fixed.get(1).steps());

        BundlingSchedule published = new BundlingSchedule(2, BundlingSchedule.Cadence.PUBLISHED);
        List<BundlingSchedule.Segment> segments = published.segments(9);
        assertEquals(List.of(0, 2, 5, 8), segments.stream().map(BundlingSchedule.Segment::start).toList());
        assertEquals(List.of(false, true, true, true),
                segments.stream().map(BundlingSchedule.Segment::runsNetwork).toList());
        assertTrue(segments.get(0).steps().stream().allMatch(BundlingSchedule.Step::zeroLogits));
        BundlingSchedule.Step[] plan = published.plan(9);
        for (BundlingSchedule.Segment segment : segments) {
            for (int k = 0; k < segment.steps().size(); k++) {
                assertEquals(plan[segment.start() + k], segment.steps().get(k));
            }
        }
        assertEquals(1, published.segments(2).size(), "K ≤ B: the zero-logit head alone");
        BundlingSchedule.Step call = new BundlingSchedule.Step(true, false, 0);
        BundlingSchedule.Step cached = new BundlingSchedule.Step(false, false, 1);
        assertThrows(IllegalArgumentException.class, () -> new BundlingSchedule.Segment(0, List.of(cached)));
        assertThrows(IllegalArgumentException.class, () -> new BundlingSchedule.Segment(0, List.of(call, call)));
    }
}
