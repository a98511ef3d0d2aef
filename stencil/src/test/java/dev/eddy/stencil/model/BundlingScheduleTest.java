package dev.eddy.stencil.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
