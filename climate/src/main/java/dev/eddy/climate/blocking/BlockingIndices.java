package dev.eddy.climate.blocking;

/**
 * Blocking indices of a {@link Z500Series}.
 *
 * <p>Index A ({@link #boxAnomaly}): the cos φ-weighted mean over a box of the Z500 anomaly from the series' own
 * time-mean climatology, I(t) = Σ cos φ_i Z′(t, i, j) / Σ cos φ_i (Dole–Gordon style; our default box 45–75°N,
 * 60°W–0°, see qg-blocking.md §4.3). For a perpetual-winter model run the time mean is the climatology.
 *
 * <p>Index B ({@link #tibaldiMolteni}): Tibaldi &amp; Molteni (1990). At longitude λ and for each shift
 * δ ∈ {−5, −2.5, 0, 2.5, 5}°, with φ0 = 60°+δ, φS = 40°+δ, φN = 80°+δ:
 * GHGS = (Z(φ0) − Z(φS))/(φ0 − φS), GHGN = (Z(φN) − Z(φ0))/(φN − φ0); λ is blocked if GHGS &gt; 0 and
 * GHGN &lt; −10 m/°lat for some δ. Z is linearly interpolated in latitude. The index is the fraction of grid longitudes in
 * the box's longitude range that are blocked (the box's latitudes are not used).
 */
public final class BlockingIndices {
    private static final double[] SHIFTS = {-5, -2.5, 0, 2.5, 5};

    private BlockingIndices() {
    }

    /**
     * Index A [m].
     *
     * @throws IllegalArgumentException if no grid point of the series lies in the box
     */
    public static double[] boxAnomaly(Z500Series z, LatLonBox box) {
        double[] mean = z.timeMean();
        int nlat = z.lat().length;
        int nlon = z.lon().length;
        double[] out = new double[z.times()];
        boolean any = false;
        for (int t = 0; t < z.times(); t++) {
            double sum = 0;
            double weight = 0;
            for (int i = 0; i < nlat; i++) {
                if (!box.containsLatitude(z.lat()[i])) {
                    continue;
                }
                double w = Math.cos(Math.toRadians(z.lat()[i]));
                for (int j = 0; j < nlon; j++) {
                    if (!box.containsLongitude(z.lon()[j])) {
                        continue;
                    }
                    double v = z.at(t, i, j) - mean[i * nlon + j];
                    if (!Double.isNaN(v)) {
                        sum += w * v;
                        weight += w;
                        any = true;
                    }
                }
            }
            out[t] = weight > 0 ? sum / weight : Double.NaN;
        }
        if (!any) {
            throw new IllegalArgumentException("no valid grid point of the Z500 field lies in the box " + box);
        }
        return out;
    }

    /**
     * Index B: fraction of blocked longitudes within the box's longitude range, per time.
     *
     * @throws IllegalArgumentException if the grid does not reach 35–85°N or no longitude is in range
     */
    public static double[] tibaldiMolteni(Z500Series z, LatLonBox box) {
        double[] lat = z.lat();
        if (lat[0] > 35 || lat[lat.length - 1] < 85) {
            throw new IllegalArgumentException("the Tibaldi-Molteni index needs latitudes from 35N to 85N; the grid covers "
                    + lat[0] + " to " + lat[lat.length - 1]);
        }
        int nlon = z.lon().length;
        int columns = 0;
        for (int j = 0; j < nlon; j++) {
            if (box.containsLongitude(z.lon()[j])) {
                columns++;
            }
        }
        if (columns == 0) {
            throw new IllegalArgumentException("no grid longitude lies in the box " + box);
        }
        double[] out = new double[z.times()];
        for (int t = 0; t < z.times(); t++) {
            int blocked = 0;
            for (int j = 0; j < nlon; j++) {
                if (box.containsLongitude(z.lon()[j]) && blockedAt(z, t, j)) {
                    blocked++;
                }
            }
            out[t] = (double) blocked / columns;
        }
        return out;
    }

    /** True if longitude j is blocked at time t by the Tibaldi–Molteni criterion. */
    public static boolean blockedAt(Z500Series z, int t, int j) {
        for (double d : SHIFTS) {
            double z0 = interpolate(z, t, j, 60 + d);
            double zs = interpolate(z, t, j, 40 + d);
            double zn = interpolate(z, t, j, 80 + d);
            double ghgs = (z0 - zs) / 20;
            double ghgn = (zn - z0) / 20;
            if (ghgs > 0 && ghgn < -10) {
                return true;
            }
        }
        return false;
    }

    private static double interpolate(Z500Series z, int t, int j, double latitude) {
        double[] lat = z.lat();
        int hi = 1;
        while (hi < lat.length - 1 && lat[hi] < latitude) {
            hi++;
        }
        int lo = hi - 1;
        double f = (latitude - lat[lo]) / (lat[hi] - lat[lo]);
        return (1 - f) * z.at(t, lo, j) + f * z.at(t, hi, j);
    }
}
