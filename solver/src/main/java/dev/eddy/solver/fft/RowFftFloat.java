package dev.eddy.solver.fft;

import org.jtransforms.fft.FloatFFT_1D;

/**
 * Float32 twin of {@link RowFft} (same layout, conventions and threading; generated from it by renaming types).
 *
 * Real FFT of single rows of length {@code nx} (even) to and from the split-complex half spectrum of
 * {@code nx/2 + 1} coefficients: the building block of {@link RealFft2DFloat} and of fused spectral kernels.
 *
 * <pre>
 *   forward:  X[k] = Σ_{i<nx} x[i] · exp(−2πi·k·i/nx),   0 ≤ k ≤ nx/2
 *   inverse:  x[i] = (1/nx) Σ_k X[k] · exp(+2πi·k·i/nx)  over the Hermitian extension; Im X[0], Im X[nx/2] ignored
 * </pre>
 * The split-complex methods hide JTransforms' packed 1-D layout. Fused kernels may instead keep rows in that
 * <em>packed row layout</em>, {@code a[0] = Re X_0}, {@code a[1] = Re X_{nx/2}}, {@code a[2k] = Re X_k},
 * {@code a[2k+1] = Im X_k} ({@code 0 < k < nx/2}), and transform them in place with {@link #forwardPacked} and
 * {@link #inversePacked}; {@link ColumnFftFloat#gatherPacked}/{@link ColumnFftFloat#scatterPacked} read and write it.
 * Not thread-safe (one row of scratch); use one instance per thread.
 */
public final class RowFftFloat {

    private final int nx;
    private final int half;
    private final FloatFFT_1D fft;
    private final float[] row;
    /** nx divided by what JTransforms' unscaled realInverse multiplies by: 2 for powers of two (nx/2), else 1 (nx). */
    private final float unnormalisedFix;

    private RowFftFloat(int nx) {
        if (nx < 2 || nx % 2 != 0) {
            throw new IllegalArgumentException("row FFT needs an even length ≥ 2, got " + nx);
        }
        this.nx = nx;
        this.half = nx / 2;
        this.fft = new FloatFFT_1D(nx);
        this.row = new float[nx];
        this.unnormalisedFix = measureUnscaledFix();
    }

    /**
     * JTransforms' {@code realInverse(a, false)} returns {@code nx/2·x} for power-of-two lengths (Ooura's convention)
     * but {@code nx·x} for others; measure which, once, so that {@link #inverse(float[], float[], int, float[], int,
     * boolean)} can promise {@code nx·x}.
     */
    private float measureUnscaledFix() {
        float[] probe = new float[nx];
        probe[0] = 1;
        fft.realForward(probe);
        fft.realInverse(probe, false);
        float factor = probe[0];
        if (Math.abs(factor - nx) < 1e-3 * nx) {
            return 1;
        }
        if (Math.abs(2 * factor - nx) < 1e-3 * nx) {
            return 2;
        }
        throw new IllegalStateException("unexpected unscaled inverse factor " + factor + " for length " + nx);
    }

    /** A row transform of length {@code nx} (even). */
    public static RowFftFloat of(int nx) {
        return new RowFftFloat(nx);
    }

    public int length() {
        return nx;
    }

    /** Transforms {@code x[xOffset … xOffset+nx)} into {@code re/im[kOffset … kOffset+nx/2]}; {@code x} is not modified. */
    public void forward(float[] x, int xOffset, float[] re, float[] im, int kOffset) {
        System.arraycopy(x, xOffset, row, 0, nx);
        forwardInPlace(row, re, im, kOffset);
    }

    /** Transforms {@code x[0 … nx)} into {@code re/im[kOffset …]}, overwriting {@code x} with scratch. */
    public void forwardInPlace(float[] x, float[] re, float[] im, int kOffset) {
        fft.realForward(x);
        re[kOffset] = x[0];
        im[kOffset] = 0f;
        re[kOffset + half] = x[1];
        im[kOffset + half] = 0f;
        for (int k = 1; k < half; k++) {
            re[kOffset + k] = x[2 * k];
            im[kOffset + k] = x[2 * k + 1];
        }
    }

    /** Inverts {@code re/im[kOffset … kOffset+nx/2]} into {@code x[xOffset … xOffset+nx)} (scaled by 1/nx). */
    public void inverse(float[] re, float[] im, int kOffset, float[] x, int xOffset) {
        inverse(re, im, kOffset, x, xOffset, true);
    }

    /** In place: row {@code a[offset … offset+nx)} → its spectrum in the packed row layout. */
    public void forwardPacked(float[] a, int offset) {
        fft.realForward(a, offset);
    }

    /**
     * In place: a packed-row spectrum → the row, unnormalised, multiplied by {@link #packedInverseGain()} (no pass
     * over the data besides the transform).
     */
    public void inversePacked(float[] a, int offset) {
        fft.realInverse(a, offset, false);
    }

    /** In place: a packed-row spectrum → the row, normalised (1/nx), as {@link #inverse(float[], float[], int, float[], int)}. */
    public void inversePackedScaled(float[] a, int offset) {
        fft.realInverse(a, offset, true);
    }

    /** The factor {@link #inversePacked} leaves on the row: {@code nx} or, for power-of-two lengths, {@code nx/2} (JTransforms). */
    public float packedInverseGain() {
        return nx / unnormalisedFix;
    }

    /**
     * As {@link #inverse(float[], float[], int, float[], int)} when {@code scale}; otherwise unnormalised, exactly
     * {@code nx} times that (numpy's {@code irfft(X)·nx}), for kernels that fold the factor elsewhere.
     */
    public void inverse(float[] re, float[] im, int kOffset, float[] x, int xOffset, boolean scale) {
        float m = scale ? 1 : unnormalisedFix;
        x[xOffset] = m * re[kOffset];
        x[xOffset + 1] = m * re[kOffset + half];
        for (int k = 1; k < half; k++) {
            x[xOffset + 2 * k] = m * re[kOffset + k];
            x[xOffset + 2 * k + 1] = m * im[kOffset + k];
        }
        fft.realInverse(x, xOffset, scale);
    }
}
