package dev.eddy.climate.qg;

import dev.eddy.climate.sphere.SphericalTransform;
import java.io.IOException;

/**
 * Surface fields, forcing and initial state for a model at T21 or T42, built from the shipped T21 data
 * ({@link ShippedT21Data}); at T42 the T21 fields are interpolated spectrally (no new information is added).
 */
public record ModelInputs(SurfaceFields surface, double[] forcing, double[] initialPsi) {

    /** The shipped inputs on the given transform's grid: surface, spectral S (flattened by level) and spectral ψ0. */
    public static ModelInputs shipped(ShippedT21Data data, SphericalTransform transform) throws IOException {
        SurfaceFields t21 = data.surface();
        SurfaceFields surface = transform.index().truncation() == 21 ? t21 : new SurfaceFields(transform.grid(),
                QgGrids.regrid(t21.orography(), 32, 64, transform), QgGrids.regrid(t21.landFraction(), 32, 64, transform));
        return new ModelInputs(surface, levelsToSpectral(data.forcing(), transform), levelsToSpectral(data.initialStreamfunction(), transform));
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
