package dev.eddy.viewer.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FieldStatisticsTest {

    private static Field2D field(int n, java.util.function.IntToDoubleFunction value) {
        double[] c = new double[n];
        double[] v = new double[n * n];
        for (int i = 0; i < n; i++) {
            c[i] = i;
        }
        for (int k = 0; k < v.length; k++) {
            v[k] = value.applyAsDouble(k);
        }
        return new Field2D("w", "", c, c, "x", "y", v);
    }

    @Test
    void correlationIsInvariantToAffineChangesAndFlipsSign() {
        Field2D a = field(8, k -> Math.sin(k * 0.37) + 0.1 * k);
        Field2D b = field(8, k -> 2 * (Math.sin(k * 0.37) + 0.1 * k) + 3);
        Field2D c = field(8, k -> -(Math.sin(k * 0.37) + 0.1 * k));
        assertEquals(1.0, FieldStatistics.correlation(a, b), 1e-12);
        assertEquals(-1.0, FieldStatistics.correlation(a, c), 1e-12);
        assertEquals(Double.NaN, FieldStatistics.correlation(a, field(8, k -> 1)));
    }

    @Test
    void finerGridIsBlockAveragedBeforeComparing() {
        Field2D fine = field(4, k -> k);
        Field2D coarse = FieldStatistics.blockMean(fine, 2);
        assertArrayEquals(new double[] {2.5, 4.5, 10.5, 12.5}, coarse.values(), 1e-12);
        assertArrayEquals(new double[] {0.5, 2.5}, coarse.x(), 1e-12);
        assertEquals(1.0, FieldStatistics.correlation(fine, coarse), 1e-12);
        Field2D d = FieldStatistics.difference(fine, coarse);
        assertArrayEquals(new double[4], d.values(), 1e-12);
        assertThrows(ViewerException.class, () -> FieldStatistics.correlation(field(3, k -> k), field(2, k -> k)));
    }
}
