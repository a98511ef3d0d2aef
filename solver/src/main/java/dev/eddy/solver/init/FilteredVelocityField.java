package dev.eddy.solver.init;

import dev.eddy.solver.fft.RealFft2D;
import dev.eddy.solver.fft.SpectralField;
import dev.eddy.solver.fft.Wavenumbers;
import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.fv.PressureProjection;
import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.operators.RowLoops;
import java.util.SplittableRandom;

/**
 * The random divergence-free initial velocity of Kochkov et al. / TSM (tsm.md §1; JAX-CFD
 * {@code initial_conditions.filtered_velocity_field} and {@code filter_utils.filter}):
 * <ol>
 *   <li>white noise {@code N(0, 1)} for u (x-faces) and v (y-faces);</li>
 *   <li>each component filtered in Fourier space by {@code S(k) = p(k)/k}, {@code S(0) = 0}, with {@code k} the
 *       angular wavenumber magnitude ({@code 2π|m|/L}) and the unscaled log-normal density
 *       {@code p(k) = exp(−(ln k_p + σ² − ln k)²/(2σ²) − ln k)}, σ² = 0.25, whose mode is the peak wavenumber
 *       {@code k_p};</li>
 *   <li>three times: pressure projection ({@link PressureProjection}), then rescaling so that
 *       {@code max sqrt(u² + v²) = maxVelocity}, u and v taken at their own faces.</li>
 * </ol>
 * The result is discretely divergence-free and its largest speed is {@code maxVelocity} to rounding.
 *
 * <p>Randomness: {@link SplittableRandom} seeded with {@code seed}; u draws from the first split, v from the second,
 * in row-major order. The field is statistically, not bitwise, equivalent to JAX-CFD's (JAX uses its own
 * counter-based PRNG), and for a given seed it is the same on every JVM and machine.
 */
public final class FilteredVelocityField {
    /** Log-variance σ² of the spectral filter (JAX-CFD default). */
    public static final double LOG_VARIANCE = 0.25;
    /** Number of project-and-rescale rounds (JAX-CFD default). */
    public static final int ITERATIONS = 3;

    private FilteredVelocityField() {}

    /**
     * @param seed random seed
     * @param peakWavenumber mode {@code k_p} of the log-normal filter (4 in TSM)
     * @param maxVelocity largest speed after rescaling (7 in TSM)
     */
    public static StaggeredVelocity generate(Grid grid, long seed, double peakWavenumber, double maxVelocity) {
        if (!(peakWavenumber > 0) || !(maxVelocity > 0) || !Double.isFinite(peakWavenumber) || !Double.isFinite(maxVelocity)) {
            throw new IllegalArgumentException("peak wavenumber and max velocity must be positive and finite, got "
                    + peakWavenumber + ", " + maxVelocity);
        }
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom noiseU = root.split();
        SplittableRandom noiseV = root.split();
        StaggeredVelocity v = StaggeredVelocity.zeros(grid);
        try (RealFft2D fft = RealFft2D.of(grid)) {
            double[] filter = filter(grid, peakWavenumber);
            filteredNoise(fft, filter, noiseU, v.u().data());
            filteredNoise(fft, filter, noiseV, v.v().data());
            PressureProjection projection = new PressureProjection(grid, fft, RowLoops.sequential());
            for (int it = 0; it < ITERATIONS; it++) {
                projection.projectInPlace(v.u().data(), v.v().data());
                rescale(v, maxVelocity / v.maxSpeed());
            }
        }
        return v;
    }

    /** The unscaled log-normal density {@code p(k)} with mode {@code peak} and log-variance σ². */
    public static double logNormal(double k, double peak) {
        double mean = Math.log(peak) + LOG_VARIANCE;
        double logK = Math.log(k);
        double d = mean - logK;
        return Math.exp(-d * d / (2 * LOG_VARIANCE) - logK);
    }

    private static double[] filter(Grid grid, double peak) {
        double[] k2 = Wavenumbers.of(grid).squaredModulus();
        double[] s = new double[k2.length];
        for (int m = 0; m < k2.length; m++) {
            double k = Math.sqrt(k2[m]);
            s[m] = k > 0 ? logNormal(k, peak) / k : 0;
        }
        return s;
    }

    private static void filteredNoise(RealFft2D fft, double[] filter, SplittableRandom rng, double[] out) {
        for (int k = 0; k < out.length; k++) {
            out[k] = rng.nextGaussian();
        }
        SpectralField spectrum = fft.newSpectrum();
        fft.forward(out, spectrum);
        double[] re = spectrum.re();
        double[] im = spectrum.im();
        for (int m = 0; m < re.length; m++) {
            re[m] *= filter[m];
            im[m] *= filter[m];
        }
        fft.inverse(spectrum, out);
    }

    private static void rescale(StaggeredVelocity v, double factor) {
        double[] u = v.u().data();
        double[] w = v.v().data();
        for (int k = 0; k < u.length; k++) {
            u[k] *= factor;
            w[k] *= factor;
        }
    }
}
