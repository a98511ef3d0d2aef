package dev.eddy.climate.qg;

import dev.eddy.climate.blocking.Z500Series;
import dev.eddy.climate.sphere.GaussianGrid;
import dev.eddy.climate.sphere.SphericalTransform;

/**
 * Climate diagnostics of MM93 runs: zonal-mean zonal wind, stationary waves (zonal anomalies of a time mean) and
 * their pattern correlation with an observed field.
 */
public final class ClimateDiagnostics {
    private ClimateDiagnostics() {
    }

    /**
     * Zonal-mean zonal wind [m s⁻¹] per latitude (north to south) of one level's spectral streamfunction:
     * u = −(1/a) ∂ψ/∂φ = −(1 − μ²) ∂ψ/∂μ / (a cos φ).
     */
    public static double[] zonalMeanU(SphericalTransform transform, double[] psiLevel, double radius) {
        GaussianGrid g = transform.grid();
        double[] hMu = transform.newGrid();
        transform.synthesizeGradient(psiLevel, null, hMu);
        double[] u = new double[g.nlat()];
        for (int i = 0; i < g.nlat(); i++) {
            double cos = Math.sqrt(1 - g.mu(i) * g.mu(i));
            double sum = 0;
            for (int j = 0; j < g.nlon(); j++) {
                sum += hMu[i * g.nlon() + j];
            }
            u[i] = -sum / g.nlon() / (radius * cos);
        }
        return u;
    }

    /** Zonal anomaly of a row-major (lat, lon) field: each value minus its latitude row's mean. */
    public static double[] zonalAnomaly(double[] field, int nlat, int nlon) {
        double[] out = new double[field.length];
        for (int i = 0; i < nlat; i++) {
            double mean = 0;
            for (int j = 0; j < nlon; j++) {
                mean += field[i * nlon + j] / nlon;
            }
            for (int j = 0; j < nlon; j++) {
                out[i * nlon + j] = field[i * nlon + j] - mean;
            }
        }
        return out;
    }

    /**
     * Bilinear interpolation of a regular lat–lon field (latitudes ascending, longitudes ascending in [0, 360),
     * periodic) to the Gaussian grid's points; NaN where the latitude is outside the field's range.
     */
    public static double[] toGaussianGrid(double[] field, double[] lat, double[] lon, GaussianGrid grid) {
        double[] glat = grid.latitudesDegrees();
        double[] glon = grid.longitudesDegrees();
        int nlon = lon.length;
        double[] out = new double[grid.size()];
        for (int i = 0; i < grid.nlat(); i++) {
            double phi = glat[i];
            if (phi < lat[0] || phi > lat[lat.length - 1]) {
                java.util.Arrays.fill(out, i * grid.nlon(), (i + 1) * grid.nlon(), Double.NaN);
                continue;
            }
            int hi = 1;
            while (hi < lat.length - 1 && lat[hi] < phi) {
                hi++;
            }
            int lo = hi - 1;
            double fy = (phi - lat[lo]) / (lat[hi] - lat[lo]);
            for (int j = 0; j < grid.nlon(); j++) {
                double lam = glon[j];
                int east = 0;
                while (east < nlon && lon[east] < lam) {
                    east++;
                }
                int west = (east - 1 + nlon) % nlon;
                east = east % nlon;
                double span = ((lon[east] - lon[west]) % 360 + 360) % 360;
                double fx = span == 0 ? 0 : (((lam - lon[west]) % 360 + 360) % 360) / span;
                double v = (1 - fy) * ((1 - fx) * field[lo * nlon + west] + fx * field[lo * nlon + east])
                        + fy * ((1 - fx) * field[hi * nlon + west] + fx * field[hi * nlon + east]);
                out[i * grid.nlon() + j] = v;
            }
        }
        return out;
    }

    /** Mean over the selected times of a {@link Z500Series} (lat, lon). */
    public static double[] timeMean(Z500Series z, int[] times) {
        int n = z.lat().length * z.lon().length;
        double[] mean = new double[n];
        for (int t : times) {
            for (int p = 0; p < n; p++) {
                mean[p] += z.values()[t * n + p] / times.length;
            }
        }
        return mean;
    }

    /**
     * cos φ-weighted Pearson correlation of two fields on the Gaussian grid over latitudes ≥ {@code minLat}; points
     * where either field is NaN are skipped.
     */
    public static double patternCorrelation(double[] a, double[] b, GaussianGrid grid, double minLat) {
        double[] lat = grid.latitudesDegrees();
        double sw = 0;
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < grid.nlat(); i++) {
            if (lat[i] < minLat) {
                continue;
            }
            double w = Math.cos(Math.toRadians(lat[i]));
            for (int j = 0; j < grid.nlon(); j++) {
                int p = i * grid.nlon() + j;
                if (Double.isNaN(a[p]) || Double.isNaN(b[p])) {
                    continue;
                }
                sw += w;
                ma += w * a[p];
                mb += w * b[p];
            }
        }
        ma /= sw;
        mb /= sw;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < grid.nlat(); i++) {
            if (lat[i] < minLat) {
                continue;
            }
            double w = Math.cos(Math.toRadians(lat[i]));
            for (int j = 0; j < grid.nlon(); j++) {
                int p = i * grid.nlon() + j;
                if (Double.isNaN(a[p]) || Double.isNaN(b[p])) {
                    continue;
                }
                sab += w * (a[p] - ma) * (b[p] - mb);
                saa += w * (a[p] - ma) * (a[p] - ma);
                sbb += w * (b[p] - mb) * (b[p] - mb);
            }
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
