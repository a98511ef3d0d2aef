package dev.eddy.viewer.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexEventsTest {
    @Test
    void runsOfFlagsBecomeIntervals() {
        double[] t = {0, 1, 2, 3, 4, 5, 6};
        List<double[]> runs = IndexEvents.intervals(t, new double[] {1, 1, 0, 0, 1, 0, 1});
        assertEquals(3, runs.size());
        assertArrayEquals(new double[] {0, 1}, runs.get(0));
        assertArrayEquals(new double[] {4, 4}, runs.get(1));
        assertArrayEquals(new double[] {6, 6}, runs.get(2));
    }
}
