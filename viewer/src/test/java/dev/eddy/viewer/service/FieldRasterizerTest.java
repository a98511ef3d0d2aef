package dev.eddy.viewer.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FieldRasterizerTest {
    private static final Colormap GREY = Colormaps.grey();

    @Test
    void ascendingYIsDrawnWithRowZeroAtTheBottom() {
        Field2D f = new Field2D("w", "", new double[] {0, 1, 2}, new double[] {10, 20}, "x", "y",
                new double[] {0, 1, 2, 3, 4, Double.NaN});
        Raster r = FieldRasterizer.rasterize(f, new ColorLimits(0, 4), GREY);
        assertEquals(3, r.width());
        assertEquals(2, r.height());
        assertEquals(GREY.entry(0), r.pixel(0, 1), "data (0,0) at the bottom left");
        assertEquals(GREY.entry(255), r.pixel(1, 0), "value 4 at data row 1 is on top");
        assertEquals(0, r.pixel(2, 0), "NaN is transparent");
        assertArrayEquals(new int[] {1, 1}, FieldRasterizer.dataIndex(f, 1, 0));
    }

    @Test
    void descendingYIsDrawnInStoredOrder() {
        Field2D f = new Field2D("z", "m", new double[] {0, 1}, new double[] {80, -80}, "lon", "lat", new double[] {1, 1, 0, 0});
        Raster r = FieldRasterizer.rasterize(f, new ColorLimits(0, 1), GREY);
        assertEquals(GREY.entry(255), r.pixel(0, 0), "northern row on top");
        assertArrayEquals(new int[] {0, 0}, FieldRasterizer.dataIndex(f, 0, 0));
    }

    @Test
    void valuesMapLinearlyBetweenTheLimits() {
        Field2D f = new Field2D("w", "", new double[] {0, 1, 2}, new double[] {0}, "x", "y", new double[] {-10, 0.5, 10});
        Raster r = FieldRasterizer.rasterize(f, new ColorLimits(0, 1), GREY);
        assertEquals(GREY.entry(0), r.pixel(0, 0), "clamped below");
        assertEquals(GREY.entry(128), r.pixel(1, 0));
        assertEquals(GREY.entry(255), r.pixel(2, 0), "clamped above");
    }
}
