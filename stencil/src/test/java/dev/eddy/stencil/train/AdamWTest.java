package dev.eddy.stencil.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdamWTest {

    @Test
    void firstUpdateIsSignTimesLearningRatePlusDecoupledDecay() {
        AdamW adam = new AdamW(0.9, 0.98, 1e-8, 0.01, 100);
        Map<String, double[]> theta = new LinkedHashMap<>(Map.of("w", new double[] {1.0, -2.0}));
        adam.update(theta, Map.of("w", new double[] {0.5, -3.0}), 0.1);
        // bias-corrected m̂/√v̂ = g/|g| = ±1 (up to ε); decay adds λθ
        assertEquals(1.0 - 0.1 * (0.5 / (0.5 + 1e-8) + 0.01 * 1.0), theta.get("w")[0], 1e-15);
        assertEquals(-2.0 - 0.1 * (-3.0 / (3.0 + 1e-8) + 0.01 * -2.0), theta.get("w")[1], 1e-15);
        assertEquals(1, adam.count());
    }

    @Test
    void clippingScalesTheGlobalNormButAdamIsScaleInvariantOnTheFirstStep() {
        Map<String, double[]> g = Map.of("a", new double[] {3.0}, "b", new double[] {4.0});
        assertEquals(5.0, AdamW.globalNorm(g), 0.0);
        AdamW clipped = new AdamW(0.9, 0.98, 1e-8, 0, 0.25);
        AdamW unclipped = new AdamW(0.9, 0.98, 1e-8, 0, 1e9);
        Map<String, double[]> t1 = new LinkedHashMap<>(Map.of("a", new double[] {0.0}, "b", new double[] {0.0}));
        Map<String, double[]> t2 = new LinkedHashMap<>(Map.of("a", new double[] {0.0}, "b", new double[] {0.0}));
        clipped.update(t1, g, 1.0);
        unclipped.update(t2, g, 1.0);
        assertEquals(t2.get("a")[0], t1.get("a")[0], 1e-7);
        // the second moment differs by the clip factor: v = (1−β2)(g·0.05)²
        assertEquals(0.02 * Math.pow(3.0 * 0.05, 2), clipped.state().get("v/a")[0], 1e-15);
        assertEquals(0.02 * 9.0, unclipped.state().get("v/a")[0], 1e-15);
    }

    @Test
    void nonFiniteGradientSkipsTheUpdate() {
        AdamW adam = AdamW.tsm();
        Map<String, double[]> theta = new LinkedHashMap<>(Map.of("w", new double[] {1.0, 2.0}));
        assertFalse(adam.update(theta, Map.of("w", new double[] {Double.NaN, 1.0}), 0.1));
        assertArrayEquals(new double[] {1.0, 2.0}, theta.get("w"), 0.0);
        assertEquals(0, adam.count());
        assertTrue(adam.update(theta, Map.of("w", new double[] {1.0, 1.0}), 0.1));
        assertEquals(1, adam.count());
    }

    @Test
    void warmupCosineSchedule() {
        LearningRateSchedule s = new LearningRateSchedule(1e-3, 10, 110);
        assertEquals(0.0, s.at(0), 0.0);
        assertEquals(5e-4, s.at(5), 1e-18);
        assertEquals(1e-3, s.at(10), 1e-18);
        assertEquals(5e-4, s.at(60), 1e-15);
        assertEquals(0.0, s.at(110), 0.0);
        assertThrows(IllegalArgumentException.class, () -> new LearningRateSchedule(1e-3, 10, 10));
    }

    @Test
    void seedZeroIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TrainingSettings(10, 2, 1, 1e-3, 0, 5));
    }
}
