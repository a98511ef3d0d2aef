package dev.eddy.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelledArrayTest {
    /** a[t][y][x] = 100 t + 10 y + x on a 2 × 3 × 4 grid. */
    private static LabelledArray cube() {
        double[] v = new double[24];
        for (int t = 0; t < 2; t++) {
            for (int y = 0; y < 3; y++) {
                for (int x = 0; x < 4; x++) {
                    v[(t * 3 + y) * 4 + x] = 100 * t + 10 * y + x;
                }
            }
        }
        return LabelledArray.of("a", List.of("time", "y", "x"), new int[] {2, 3, 4}, v, Map.of("units", "m"));
    }

    @Test
    void rowMajorIndexingWithLastDimensionFastest() {
        LabelledArray a = cube();
        assertEquals(123, a.get(1, 2, 3), 0.0);
        assertEquals(12, a.get(0, 1, 2), 0.0);
        assertEquals(3, a.length("y"));
        assertThrows(IndexOutOfBoundsException.class, () -> a.get(2, 0, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> a.get(0, 0));
    }

    @Test
    void sliceRemovesTheDimension() {
        LabelledArray y1 = cube().slice("y", 1);
        assertEquals(List.of("time", "x"), y1.dims());
        assertArrayEquals(new int[] {2, 4}, y1.shape());
        assertEquals(112, y1.get(1, 2), 0.0);
        assertEquals("m", y1.attributes().get("units"));
    }

    @Test
    void reversedAlongFlipsOneAxis() {
        LabelledArray r = cube().reversedAlong("y");
        assertEquals(120, r.get(1, 0, 0), 0.0);
        assertEquals(3, r.get(0, 2, 3), 0.0);
        assertArrayEquals(cube().values(), r.reversedAlong("y").values(), 0.0);
    }

    @Test
    void valuesAreCopiedInAndOut() {
        double[] v = {1, 2};
        LabelledArray a = LabelledArray.of("v", List.of("x"), new int[] {2}, v);
        v[0] = 99;
        a.values()[1] = 99;
        assertArrayEquals(new double[] {1, 2}, a.values(), 0.0);
    }

    @Test
    void attributesAreImmutableAndAddedByCopy() {
        LabelledArray a = cube();
        LabelledArray b = a.withAttribute("long_name", "height").withAttribute("range", new double[] {0, 1});
        assertEquals(Map.of("units", "m"), a.attributes());
        assertEquals(List.of("units", "long_name", "range"), List.copyOf(b.attributes().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> b.attributes().put("x", "y"));
        assertThrows(IllegalArgumentException.class, () -> a.withAttribute("flag", Boolean.TRUE));
    }

    @Test
    void equalityComparesEverythingIncludingArrayAttributes() {
        LabelledArray a = cube().withAttribute("range", new double[] {0, 123});
        LabelledArray b = cube().withAttribute("range", new double[] {0, 123});
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        org.junit.jupiter.api.Assertions.assertNotEquals(a, cube());
        org.junit.jupiter.api.Assertions.assertNotEquals(a, a.withName("b"));
        org.junit.jupiter.api.Assertions.assertNotEquals(cube(), cube().reversedAlong("x"));
        LabelledArray nan = LabelledArray.of("n", List.of("x"), new int[] {1}, new double[] {Double.NaN});
        assertEquals(nan, LabelledArray.of("n", List.of("x"), new int[] {1}, new double[] {Double.NaN}));
    }

    @Test
    void inconsistentShapesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> LabelledArray.of("v", List.of("x"), new int[] {3}, new double[2]));
        assertThrows(IllegalArgumentException.class,
                () -> LabelledArray.of("v", List.of("x", "x"), new int[] {1, 1}, new double[1]));
        assertThrows(IllegalArgumentException.class,
                () -> LabelledArray.of("v", List.of("x"), new int[] {1, 1}, new double[1]));
    }
}
