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

    /**
     * The equatorially symmetric part of the fields, (f(μ) + f(−μ))/2: what a model that keeps only antisymmetric PV sees
     * of the surface (QG3.jl's hemispheric MM93 runs).
     */
    public SurfaceFields equatorialAverage() {
        double[] h = new double[orography.length];
        double[] ls = new double[landFraction.length];
        int nlat = grid.nlat();
        int nlon = grid.nlon();
        for (int i = 0; i < nlat; i++) {
            int mirror = nlat - 1 - i;
            for (int j = 0; j < nlon; j++) {
                h[i * nlon + j] = 0.5 * (orography[i * nlon + j] + orography[mirror * nlon + j]);
                ls[i * nlon + j] = 0.5 * (landFraction[i * nlon + j] + landFraction[mirror * nlon + j]);
            }
        }
        return new SurfaceFields(grid, h, ls);
    }
}
