package dev.eddy.viewer.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColormapsTest {

    private static double[] lab(Colormap map, int i) {
        return ColorScience.srgbToLab(ColorScience.fromArgb(map.entry(i)));
    }

    @Test
    void srgbToLabMatchesReferenceValues() {
        // CIE L*a*b* (D65) of sRGB white and pure red, e.g. Lindbloom's calculator: red = (53.24, 80.09, 67.20).
        assertArrayEquals(new double[] {100, 0, 0}, ColorScience.srgbToLab(new double[] {1, 1, 1}), 0.01);
        assertArrayEquals(new double[] {53.24, 80.09, 67.20}, ColorScience.srgbToLab(new double[] {1, 0, 0}), 0.02);
    }

    @Test
    void labRoundTripsToSrgb() {
        double[] rgb = {0.2, 0.6, 0.9};
        assertArrayEquals(rgb, ColorScience.labToSrgb(ColorScience.srgbToLab(rgb)), 1e-6);
        double[] lab = {40, 20, -30};
        assertArrayEquals(lab, ColorScience.mshToLab(ColorScience.labToMsh(lab)), 1e-9);
    }

    @Test
    void sequentialMapHasRisingLightnessAndEvenPerceptualSteps() {
        Colormap map = Colormaps.sequential();
        double minStep = Double.POSITIVE_INFINITY;
        double maxStep = 0;
        for (int i = 1; i < Colormap.SIZE; i++) {
            assertTrue(lab(map, i)[0] > lab(map, i - 1)[0] - 0.3, "L* must not fall at entry " + i);
        }
        // steps over 16 entries (≈13 ΔE), so 8-bit rounding and chords across the anchor corners stay small
        for (int i = 16; i < Colormap.SIZE; i += 16) {
            double step = ColorScience.deltaE(lab(map, i - 16), lab(map, i));
            minStep = Math.min(minStep, step);
            maxStep = Math.max(maxStep, step);
        }
        assertTrue(maxStep / minStep < 1.2, "ΔE steps vary from " + minStep + " to " + maxStep);
        assertTrue(lab(map, 255)[0] - lab(map, 0)[0] > 70, "lightness range");
        assertEquals(0xFF440154, map.entry(0), "starts at the first anchor");
        assertEquals(0xFFFDE725, map.entry(255), "ends at the last anchor");
    }

    @Test
    void divergingMapRunsBlueThroughNeutralToRed() {
        Colormap map = Colormaps.diverging();
        assertEquals(0xFF3B4CC0, map.entry(0), "cool end (59,76,192)");
        assertEquals(0xFFB40426, map.entry(255), "warm end (180,4,38)");
        double[] centre = lab(map, 128);
        assertTrue(centre[0] > 80, "centre is light: L* = " + centre[0]);
        assertTrue(Math.hypot(centre[1], centre[2]) < 8, "centre is nearly neutral");
        for (int i = 1; i <= 127; i++) {
            assertTrue(lab(map, i)[0] >= lab(map, i - 1)[0] - 0.3, "lightness rises towards the centre");
            assertTrue(lab(map, 255 - i)[0] >= lab(map, 256 - i)[0] - 0.3, "and falls away from it");
        }
        assertTrue(map.diverging());
    }

    @Test
    void lookupClampsAndTreatsNanAsTransparent() {
        Colormap map = Colormaps.grey();
        assertEquals(map.entry(0), map.argb(-3));
        assertEquals(map.entry(255), map.argb(7));
        assertEquals(0, map.argb(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Colormaps.byId("jet"));
        assertEquals(Colormaps.diverging(), Colormaps.byId("diverging"));
    }
}
