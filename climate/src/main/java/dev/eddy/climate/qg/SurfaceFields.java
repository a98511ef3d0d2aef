package dev.eddy.climate.qg;

import dev.eddy.climate.sphere.GaussianGrid;

/**
 * Lower-boundary fields on a Gaussian grid: orography h [m] and land–sea fraction (0 sea … 1 land).
 */
public record SurfaceFields(GaussianGrid grid, double[] orography, double[] landFraction) {
    public SurfaceFields {
        if (orography.length != grid.size() || landFraction.length != grid.size()) {
            throw new IllegalArgumentException("surface fields must have " + grid.size() + " points on " + grid);
        }
        for (int i = 0; i < orography.length; i++) {
            if (!Double.isFinite(orography[i]) || !Double.isFinite(landFraction[i])) {
                throw new IllegalArgumentException("surface fields contain a non-finite value at point " + i);
            }
        }
        orography = orography.clone();
        landFraction = landFraction.clone();
    }

    /** Flat ocean planet (no orography, no land). */
    public static SurfaceFields flatOcean(GaussianGrid grid) {
        return new SurfaceFields(grid, new double[grid.size()], new double[grid.size()]);
    }

    @Override
    public double[] orography() {
        return orography.clone();
    }

    @Override
    public double[] landFraction() {
        return landFraction.clone();
    }

    /** The northern-hemisphere fields mirrored onto the southern rows (equatorially symmetric surface). */
    public SurfaceFields northernMirror() {
        double[] h = orography.clone();
        double[] ls = landFraction.clone();
        int nlat = grid.nlat();
        int nlon = grid.nlon();
        for (int i = 0; i < nlat / 2; i++) {
            System.arraycopy(orography, i * nlon, h, (nlat - 1 - i) * nlon, nlon);
            System.arraycopy(landFraction, i * nlon, ls, (nlat - 1 - i) * nlon, nlon);
        }
        return new SurfaceFields(grid, h, ls);
    }
}
