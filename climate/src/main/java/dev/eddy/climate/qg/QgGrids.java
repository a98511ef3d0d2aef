package dev.eddy.climate.qg;

import dev.eddy.climate.sphere.SpectralOperators;
import dev.eddy.climate.sphere.SphericalTransform;

/**
 * The two supported resolutions and spectral regridding between them. A grid field on 32×64 is read as T21 and one on
 * 64×128 as T42; moving to the other truncation drops degrees above T (T42 → T21) or pads them with zeros (T21 → T42).
 */
public final class QgGrids {
    private QgGrids() {
    }

    /** The truncation whose quadratic Gaussian grid has this shape, or −1. */
    public static int truncationOf(int nlat, int nlon) {
        if (nlat == 32 && nlon == 64) {
            return 21;
        }
        if (nlat == 64 && nlon == 128) {
            return 42;
        }
        return -1;
    }

    /** Only T21 and T42 are supported. */
    public static void checkTruncation(int truncation) {
        if (truncation != 21 && truncation != 42) {
            throw new IllegalArgumentException("resolution must be T21 or T42, got T" + truncation);
        }
    }

    /**
     * Spectral coefficients on {@code target} of a grid field given on the 32×64 or 64×128 Gaussian grid (north to south,
     * longitudes from 0°E).
     *
     * @throws IllegalArgumentException if the grid is neither
     */
    public static double[] toSpectral(double[] field, int nlat, int nlon, SphericalTransform target) {
        int truncation = truncationOf(nlat, nlon);
        if (truncation < 0 || field.length != nlat * nlon) {
            throw new IllegalArgumentException("grid " + nlat + "x" + nlon + " is not a T21 (32x64) or T42 (64x128) Gaussian grid");
        }
        SphericalTransform source = truncation == target.index().truncation() ? target : SphericalTransform.forTruncation(truncation);
        double[] spec = source.newSpectral();
        source.analyze(field, spec);
        return source == target ? spec : SpectralOperators.retruncate(spec, source.index(), target.index());
    }

    /** A grid field moved to the target transform's grid through spectral space (truncated to the coarser of the two). */
    public static double[] regrid(double[] field, int nlat, int nlon, SphericalTransform target) {
        double[] out = target.newGrid();
        target.synthesize(toSpectral(field, nlat, nlon, target), out);
        return out;
    }
}
