package dev.eddy.viewer.service;

/**
 * The plate carrée (equirectangular) projection of the whole globe onto a {@code width × height} picture:
 * {@code px = (λ − λ0)/360 · width}, {@code py = (90 − φ)/180 · height}, with longitudes wrapped into
 * [λ0, λ0 + 360). Snyder, "Map Projections — A Working Manual", USGS PP 1395 (1987), §12.
 *
 * @param width  picture width in pixels
 * @param height picture height in pixels
 * @param lon0   longitude at the left edge (−180 puts Greenwich in the middle)
 */
public record Equirectangular(int width, int height, double lon0) {

    /** Picture x of longitude {@code lon} (degrees east). */
    public double x(double lon) {
        return wrap(lon) / 360.0 * width;
    }

    /** Picture y of latitude {@code lat} (degrees north). */
    public double y(double lat) {
        return (90 - lat) / 180.0 * height;
    }

    /** Longitude at picture x (pixel centre at x + ½). */
    public double lon(double x) {
        return lon0 + x / width * 360.0;
    }

    /** Latitude at picture y. */
    public double lat(double y) {
        return 90 - y / height * 180.0;
    }

    /** Degrees east of the left edge, in [0, 360). */
    double wrap(double lon) {
        double d = (lon - lon0) % 360.0;
        return d < 0 ? d + 360.0 : d;
    }

    /**
     * Resamples a (lat, lon) field onto this picture by nearest neighbour in latitude and (periodic) longitude, so
     * unevenly spaced (e.g. Gaussian) latitudes land where they belong. Pixels poleward of the outermost latitude
     * take its row.
     */
    public Raster render(Field2D field, ColorLimits limits, Colormap colormap) {
        double[] lats = field.y();
        double[] lons = field.x();
        int[] rowOf = new int[height];
        for (int py = 0; py < height; py++) {
            rowOf[py] = nearest(lats, lat(py + 0.5));
        }
        int[] colOf = new int[width];
        for (int px = 0; px < width; px++) {
            colOf[px] = nearestPeriodic(lons, lon(px + 0.5));
        }
        int[] argb = new int[width * height];
        for (int py = 0; py < height; py++) {
            int base = rowOf[py] * field.nx();
            for (int px = 0; px < width; px++) {
                argb[py * width + px] = colormap.argb(limits.normalise(field.values()[base + colOf[px]]));
            }
        }
        return new Raster(width, height, argb);
    }

    private static int nearest(double[] c, double v) {
        int best = 0;
        for (int i = 1; i < c.length; i++) {
            if (Math.abs(c[i] - v) < Math.abs(c[best] - v)) {
                best = i;
            }
        }
        return best;
    }

    private static int nearestPeriodic(double[] c, double v) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int i = 0; i < c.length; i++) {
            double d = Math.abs(((c[i] - v) % 360 + 540) % 360 - 180);
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }
}
