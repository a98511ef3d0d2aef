package dev.eddy.viewer.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColorLimitsTest {

    @Test
    void symmetricLimitsAreCentredOnZero() {
        ColorLimits l = ColorLimits.of(new double[] {-1, 0.5, 3, Double.NaN}, LimitMode.SYMMETRIC);
        assertEquals(new ColorLimits(-3, 3), l);
        assertEquals(0.5, l.normalise(0), 1e-15);
    }

    @Test
    void robustLimitsIgnoreAFewOutliers() {
        double[] v = new double[1000];
        for (int i = 0; i < v.length; i++) {
            v[i] = i + 1;
        }
        v[500] = 1e9;
        v[501] = -1e9;
        ColorLimits l = ColorLimits.of(v, LimitMode.ROBUST);
        // nearest rank: 2nd percentile = 20th smallest, 98th = 980th smallest
        assertEquals(19, l.low(), 1e-12);
        assertEquals(981, l.high(), 1e-12);
        assertEquals(new ColorLimits(-1e9, 1e9), ColorLimits.of(v, LimitMode.MIN_MAX));
    }

    @Test
    void flatAndEmptyFieldsStillGetDrawableLimits() {
        assertEquals(new ColorLimits(-1, 1), ColorLimits.of(new double[] {Double.NaN}, LimitMode.ROBUST));
        ColorLimits flat = ColorLimits.of(new double[] {5, 5, 5}, LimitMode.MIN_MAX);
        assertEquals(4.95, flat.low(), 1e-12);
        assertEquals(5.05, flat.high(), 1e-12);
    }

    @Test
    void unionCoversAllPanels() {
        assertEquals(new ColorLimits(-2, 5), ColorLimits.union(List.of(new ColorLimits(-1, 5), new ColorLimits(-2, 1))));
    }
}
