package dev.eddy.climate.blocking;

/**
 * A time series of 500 hPa geopotential height on a latitude–longitude grid, latitudes ascending (south to north),
 * longitudes ascending in [0, 360). Values row-major (time, lat, lon) [m]; missing values are NaN.
 *
 * @param time      times [days] (any origin)
 * @param timeUnits CF units of the time values as written, e.g. "days since 2000-01-01"
 * @param lat       latitudes [degrees north], ascending
 * @param lon       longitudes [degrees east], ascending in [0, 360)
 * @param values    Z500 [m], (time, lat, lon)
 */
public record Z500Series(double[] time, String timeUnits, double[] lat, double[] lon, double[] values) {
    public Z500Series {
        if (values.length != time.length * lat.length * lon.length) {
            throw new IllegalArgumentException("Z500 values do not match time x lat x lon");
        }
        for (int i = 1; i < lat.length; i++) {
            if (!(lat[i] > lat[i - 1])) {
                throw new IllegalArgumentException("latitudes must ascend");
            }
        }
        for (int i = 1; i < lon.length; i++) {
            if (!(lon[i] > lon[i - 1])) {
                throw new IllegalArgumentException("longitudes must ascend");
            }
        }
    }

    public int times() {
        return time.length;
    }

    /** Z500 at (t, i, j). */
    public double at(int t, int i, int j) {
        return values[(t * lat.length + i) * lon.length + j];
    }

    /** Time mean at every grid point (NaN where all times are missing). */
    public double[] timeMean() {
        int n = lat.length * lon.length;
        double[] mean = new double[n];
        int[] count = new int[n];
        for (int t = 0; t < time.length; t++) {
            for (int p = 0; p < n; p++) {
                double v = values[t * n + p];
                if (!Double.isNaN(v)) {
                    mean[p] += v;
                    count[p]++;
                }
            }
        }
        for (int p = 0; p < n; p++) {
            mean[p] = count[p] == 0 ? Double.NaN : mean[p] / count[p];
        }
        return mean;
    }
}
