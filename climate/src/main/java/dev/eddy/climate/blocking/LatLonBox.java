package dev.eddy.climate.blocking;

/**
 * A latitude–longitude box; longitudes may cross the date line or the Greenwich meridian (e.g. 60°W–0° is
 * {@code lonWest = −60, lonEast = 0}).
 */
public record LatLonBox(double latSouth, double latNorth, double lonWest, double lonEast) {
    /** The default Atlantic blocking box, 45–75°N, 60°W–0°. */
    public static final LatLonBox ATLANTIC = new LatLonBox(45, 75, -60, 0);

    public LatLonBox {
        if (!(latSouth < latNorth) || latSouth < -90 || latNorth > 90) {
            throw new IllegalArgumentException("box latitudes must satisfy -90 <= south < north <= 90, got " + latSouth + ", " + latNorth);
        }
        if (!Double.isFinite(lonWest) || !Double.isFinite(lonEast) || lonWest == lonEast) {
            throw new IllegalArgumentException("box longitudes must be finite and differ, got " + lonWest + ", " + lonEast);
        }
    }

    /** Parses "south,north,west,east" in degrees. */
    public static LatLonBox parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("box must be 'south,north,west,east' in degrees, got '" + text + "'");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("box value '" + parts[i] + "' is not a number");
            }
        }
        return new LatLonBox(v[0], v[1], v[2], v[3]);
    }

    public boolean containsLatitude(double lat) {
        return lat >= latSouth && lat <= latNorth;
    }

    /** True if the longitude (any representation) lies in the box, going east from lonWest to lonEast. */
    public boolean containsLongitude(double lon) {
        double width = mod360(lonEast - lonWest);
        return mod360(lon - lonWest) <= width + 1e-9;
    }

    private static double mod360(double x) {
        double r = x % 360;
        return r < 0 ? r + 360 : r;
    }

    @Override
    public String toString() {
        return latSouth + "," + latNorth + "," + lonWest + "," + lonEast;
    }
}
