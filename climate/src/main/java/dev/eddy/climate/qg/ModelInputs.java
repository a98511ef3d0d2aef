package dev.eddy.climate.qg;

import dev.eddy.climate.sphere.SphericalTransform;
import java.io.IOException;

/**
 * Surface fields, forcing and initial state for a model at T21 or T42, built from the shipped T21 data
 * ({@link ShippedT21Data}); at T42 the T21 fields are interpolated spectrally (no new information is added).
 * {@link #shipped} keeps QG3.jl's forcing as it is; {@link #shippedPhysical} corrects it for physical dynamics.
 */
public record ModelInputs(SurfaceFields surface, double[] forcing, double[] initialPsi) {

    /** The shipped inputs on the given transform's grid: surface, spectral S (flattened by level) and spectral ψ0. */
    public static ModelInputs shipped(ShippedT21Data data, SphericalTransform transform) throws IOException {
        SurfaceFields t21 = data.surface();
        SurfaceFields surface = transform.index().truncation() == 21 ? t21 : new SurfaceFields(transform.grid(),
                QgGrids.regrid(t21.orography(), 32, 64, transform), QgGrids.regrid(t21.landFraction(), 32, 64, transform));
        return new ModelInputs(surface, levelsToSpectral(data.forcing(), transform), levelsToSpectral(data.initialStreamfunction(), transform));
    }

    /**
     * Like {@link #shipped} but with the forcing made consistent with physical dynamics by
     * {@link Qg3jlForcingCorrection} (computed at T21 with the given parameters' hemispheric flag, then regridded).
     */
    public static ModelInputs shippedPhysical(ShippedT21Data data, SphericalTransform transform, Mm93Parameters parameters)
            throws IOException {
        ModelInputs target = shipped(data, transform);
        SphericalTransform t21 = transform.index().truncation() == 21 ? transform : SphericalTransform.forTruncation(21);
        ModelInputs coarse = t21 == transform ? target : shipped(data, t21);
        double[] corrected = Qg3jlForcingCorrection.correctedForcing(t21, parameters.withBetaSign(1), coarse.surface(),
                coarse.forcing(), coarse.initialPsi());
        if (t21 != transform) {
            int from = t21.index().arrayLength();
            int to = transform.index().arrayLength();
            double[] regridded = new double[Mm93Model.LEVELS * to];
            for (int l = 0; l < Mm93Model.LEVELS; l++) {
                double[] level = java.util.Arrays.copyOfRange(corrected, l * from, (l + 1) * from);
                System.arraycopy(dev.eddy.climate.sphere.SpectralOperators.retruncate(level, t21.index(), transform.index()), 0,
                        regridded, l * to, to);
            }
            corrected = regridded;
        }
        return new ModelInputs(target.surface(), corrected, target.initialPsi());
    }

    /** Three grid fields (32×64 or 64×128) to one flattened spectral array on the transform. */
    public static double[] levelsToSpectral(double[][] levels, SphericalTransform transform) {
        int len = transform.index().arrayLength();
        double[] out = new double[Mm93Model.LEVELS * len];
        for (int level = 0; level < Mm93Model.LEVELS; level++) {
            int n = levels[level].length;
            int nlat = n == 32 * 64 ? 32 : 64;
            double[] spec = QgGrids.toSpectral(levels[level], nlat, 2 * nlat, transform);
            System.arraycopy(spec, 0, out, level * len, len);
        }
        return out;
    }
}
