package dev.eddy.viewer.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LandOutlineTest {

    @Test
    void contourOfADiscIsAClosedCurveOnItsRadius() {
        int n = 41;
        double[] lat = new double[n];
        double[] lon = new double[n];
        for (int i = 0; i < n; i++) {
            lat[i] = 20 - i;
            lon[i] = 100 + i;
        }
        double[] f = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double r = Math.hypot(lat[j] - 0.3, lon[i] - 120.3);
                f[j * n + i] = Math.max(0, Math.min(1, 0.5 + (10 - r) / 2));
            }
        }
        List<double[]> segments = LandOutline.contour(lat, lon, f);
        assertTrue(segments.size() > 40, "segments: " + segments.size());
        Map<String, Integer> ends = new HashMap<>();
        for (double[] s : segments) {
            assertEquals(10, Math.hypot(s[1] - 0.3, s[0] - 120.3), 0.05);
            ends.merge(String.format("%.6f,%.6f", s[0], s[1]), 1, Integer::sum);
            ends.merge(String.format("%.6f,%.6f", s[2], s[3]), 1, Integer::sum);
        }
        assertTrue(ends.values().stream().allMatch(c -> c == 2), "every end point is shared by two segments (closed)");
    }

    @Test
    void longitudeWrapsAroundTheDateLine() {
        double[] lat = {10, 0, -10};
        double[] lon = {0, 90, 180, 270};
        double[] f = {0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1};
        List<double[]> segments = LandOutline.contour(lat, lon, f);
        assertTrue(segments.stream().anyMatch(s -> s[0] > 270 && s[0] < 360), "a crossing between 270°E and 360°E");
    }

    @Test
    void shippedT21MaskGivesCoastlines() {
        Path csv = Path.of(System.getProperty("eddy.shared.dir"), "qg3-t21/surface_t21.csv");
        List<double[]> segments = LandOutline.fromSurfaceCsv(csv);
        assertTrue(segments.size() > 200, "segments: " + segments.size());
        for (double[] s : segments) {
            assertTrue(Math.abs(s[1]) <= 90 && s[0] >= 0 && s[0] <= 360);
        }
        // the Atlantic between 40°W and 20°W is sea at 0–40°N: no coastline crosses it there
        assertTrue(segments.stream().noneMatch(s -> s[0] > 320 && s[0] < 340 && s[1] > 5 && s[1] < 40),
                "no coast in the mid-Atlantic");
    }
}
