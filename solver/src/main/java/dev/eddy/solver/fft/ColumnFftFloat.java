package dev.eddy.solver.fft;

import org.jtransforms.fft.FloatFFT_1D;

/**
 * Float32 twin of {@link ColumnFft} (same layout, conventions and threading; generated from it by renaming types).
 *
 * Complex FFT along y of columns of a split-complex row-major {@code ny × columns} array pair, in place: the column
 * pass of {@link RealFft2DFloat} and of fused spectral kernels.
 *
 * <pre>
 *   forward:  Y[ky][c] = Σ_{j<ny} Z[j][c] · exp(−2πi·ky·j/ny)
 *   inverse:  Z[j][c]  = (1/ny) Σ_{ky} Y[ky][c] · exp(+2πi·ky·j/ny)
 * </pre>
 * Columns are gathered {@value #BLOCK} at a time into interleaved scratch (cache friendly), transformed with
 * JTransforms and scattered back. Not thread-safe; use one instance per thread.
 */
public final class ColumnFftFloat {

    /** Columns gathered per pass; callers that split work by column blocks should use multiples of it. */
    public static final int BLOCK = 8;

    private final int ny;
    private final int columns;
    private final FloatFFT_1D fft;
    private final float[] buffer;

    private ColumnFftFloat(int ny, int columns) {
        if (ny < 2 || ny % 2 != 0 || columns < 1) {
            throw new IllegalArgumentException("column FFT needs an even column length ≥ 2 and ≥ 1 column, got "
                    + ny + " × " + columns);
        }
        this.ny = ny;
        this.columns = columns;
        this.fft = new FloatFFT_1D(ny);
        this.buffer = new float[2 * ny * BLOCK];
    }

    /** Column transforms for arrays of {@code ny} rows × {@code columns} columns. */
    public static ColumnFftFloat of(int ny, int columns) {
        return new ColumnFftFloat(ny, columns);
    }

    /** Forward transform of columns {@code [c0, c1)} of {@code re/im}, in place. */
    public void forward(float[] re, float[] im, int c0, int c1) {
        transform(re, im, c0, c1, true);
    }

    /** Inverse transform (scaled by 1/ny) of columns {@code [c0, c1)} of {@code re/im}, in place. */
    public void inverse(float[] re, float[] im, int c0, int c1) {
        transform(re, im, c0, c1, false);
    }

    private void transform(float[] re, float[] im, int c0, int c1, boolean forward) {
        if (c0 < 0 || c1 > columns || c0 > c1) {
            throw new IllegalArgumentException("column range [" + c0 + ", " + c1 + ") outside [0, " + columns + ")");
        }
        int stride = 2 * ny;
        for (int start = c0; start < c1; start += BLOCK) {
            int width = Math.min(BLOCK, c1 - start);
            for (int j = 0; j < ny; j++) {
                int src = j * columns + start;
                for (int c = 0; c < width; c++) {
                    buffer[c * stride + 2 * j] = re[src + c];
                    buffer[c * stride + 2 * j + 1] = im[src + c];
                }
            }
            for (int c = 0; c < width; c++) {
                if (forward) {
                    fft.complexForward(buffer, c * stride);
                } else {
                    fft.complexInverse(buffer, c * stride, true);
                }
            }
            for (int j = 0; j < ny; j++) {
                int dst = j * columns + start;
                for (int c = 0; c < width; c++) {
                    re[dst + c] = buffer[c * stride + 2 * j];
                    im[dst + c] = buffer[c * stride + 2 * j + 1];
                }
            }
        }
    }
}
