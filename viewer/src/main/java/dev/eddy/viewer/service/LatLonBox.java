package dev.eddy.viewer.service;

/**
 * A latitude–longitude box (degrees; longitudes east, the box may cross 0°).
 *
 * @param south southern edge
 * @param north northern edge
 * @param west  western edge
 * @param east  eastern edge
 */
public record LatLonBox(double south, double north, double west, double east) {
    public LatLonBox {
        if (!(north > south)) {
            throw new IllegalArgumentException("box needs north > south, got " + south + ".." + north);
        }
    }

    /**
     * The default Atlantic blocking box of docs/qg-blocking.md (anomaly box index, ours): 45–75°N, 60°W–0°.
     */
    public static LatLonBox atlanticBlocking() {
        return new LatLonBox(45, 75, -60, 0);
    }
}
