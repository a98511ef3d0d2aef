package dev.eddy.solver.fft;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Complex FFT along y of columns of a split-complex row-major {@code ny × columns} array pair: the column pass of
 * {@link RealFft2D} and of fused spectral kernels.
 *
 * <pre>
 *   forward:  Y[ky][c] = Σ_{j<ny} Z[j][c] · exp(−2πi·ky·j/ny)
 *   inverse:  Z[j][c]  = (1/ny) Σ_{ky} Y[ky][c] · exp(+2πi·ky·j/ny)   (unscaled variants omit 1/ny)
 * </pre>
 * Columns are handled {@value #BLOCK} at a time in interleaved scratch ("lanes": one block of columns each).
 * {@link #forward}/{@link #inverse} gather, transform and scatter in place. Fused kernels can instead fill the scratch
 * themselves ({@link #scratch()}, {@link #scratchIndex}) and call {@link #transformScratch} and
 * {@link #scatterScratch}, saving a pass over memory. Not thread-safe; use one instance per thread.
 */
public final class ColumnFft {

    /** Columns per block; callers that split work by column blocks should use multiples of it. */
    public static final int BLOCK = 8;

    private final int ny;
    private final int columns;
    private final int lanes;
    private final DoubleFFT_1D fft;
    private final double[] scratch;

    private ColumnFft(int ny, int columns, int lanes) {
        if (ny < 2 || ny % 2 != 0 || columns < 1 || lanes < 1) {
            throw new IllegalArgumentException("column FFT needs an even column length ≥ 2, ≥ 1 column and ≥ 1 lane, got "
                    + ny + " × " + columns + ", " + lanes + " lanes");
        }
        this.ny = ny;
        this.columns = columns;
        this.lanes = lanes;
        this.fft = new DoubleFFT_1D(ny);
        this.scratch = new double[2 * ny * BLOCK * lanes];
    }

    /** Column transforms for arrays of {@code ny} rows × {@code columns} columns, one lane of scratch. */
    public static ColumnFft of(int ny, int columns) {
        return new ColumnFft(ny, columns, 1);
    }

    /** Column transforms with {@code lanes} blocks of scratch (for kernels that transform several fields at once). */
    public static ColumnFft of(int ny, int columns, int lanes) {
        return new ColumnFft(ny, columns, lanes);
    }

    /** Forward transform of columns {@code [c0, c1)} of {@code re/im}, in place. */
    public void forward(double[] re, double[] im, int c0, int c1) {
        transform(re, im, c0, c1, true);
    }

    /** Inverse transform (scaled by 1/ny) of columns {@code [c0, c1)} of {@code re/im}, in place. */
    public void inverse(double[] re, double[] im, int c0, int c1) {
        transform(re, im, c0, c1, false);
    }

    /**
     * The interleaved scratch: the value of row {@code j} of column {@code c0 + c} in lane {@code lane} is at
     * {@code [scratchIndex(lane, c, j)]} (real) and the next index (imaginary).
     */
    public double[] scratch() {
        return scratch;
    }

    /** Index of the real part of row {@code j}, column {@code c} ({@code 0 ≤ c < BLOCK}) of lane {@code lane}. */
    public int scratchIndex(int lane, int c, int j) {
        return (lane * BLOCK + c) * 2 * ny + 2 * j;
    }

    /** Copies columns {@code [c0, c0+width)} of {@code re/im} into lane {@code lane}. */
    public void gatherScratch(int lane, double[] re, double[] im, int c0, int width) {
        int base = lane * BLOCK * 2 * ny;
        int stride = 2 * ny;
        for (int j = 0; j < ny; j++) {
            int src = j * columns + c0;
            for (int c = 0; c < width; c++) {
                scratch[base + c * stride + 2 * j] = re[src + c];
                scratch[base + c * stride + 2 * j + 1] = im[src + c];
            }
        }
    }

    /**
     * Copies columns {@code [c0, c0+width)} of a packed-row array ({@link RowFft}'s layout, rows of length
     * {@code nx = 2·(columns − 1)}) into lane {@code lane}: column 0 is {@code (a[0], 0)}, column {@code nx/2} is
     * {@code (a[1], 0)}, column c otherwise {@code (a[2c], a[2c+1])}.
     */
    public void gatherPacked(int lane, double[] packed, int c0, int width) {
        int nx = 2 * (columns - 1);
        int half = columns - 1;
        int stride = 2 * ny;
        int base = lane * BLOCK * stride;
        int first = Math.max(c0, 1);
        int last = Math.min(c0 + width, half);
        for (int j = 0; j < ny; j++) {
            int row = j * nx;
            int k = base + 2 * j;
            if (c0 == 0) {
                scratch[k] = packed[row];
                scratch[k + 1] = 0.0;
            }
            if (c0 + width > half) {
                scratch[k + (half - c0) * stride] = packed[row + 1];
                scratch[k + (half - c0) * stride + 1] = 0.0;
            }
            for (int c = first; c < last; c++) {
                int at = k + (c - c0) * stride;
                scratch[at] = packed[row + 2 * c];
                scratch[at + 1] = packed[row + 2 * c + 1];
            }
        }
    }

    /**
     * Copies the first {@code width} columns of lane {@code lane} to columns {@code [c0, c0+width)} of a packed-row
     * array; the imaginary parts of columns 0 and {@code nx/2} are dropped (an inverse real FFT ignores them).
     */
    public void scatterPacked(int lane, int width, double[] packed, int c0) {
        int nx = 2 * (columns - 1);
        int half = columns - 1;
        int stride = 2 * ny;
        int base = lane * BLOCK * stride;
        int first = Math.max(c0, 1);
        int last = Math.min(c0 + width, half);
        for (int j = 0; j < ny; j++) {
            int row = j * nx;
            int k = base + 2 * j;
            if (c0 == 0) {
                packed[row] = scratch[k];
            }
            if (c0 + width > half) {
                packed[row + 1] = scratch[k + (half - c0) * stride];
            }
            for (int c = first; c < last; c++) {
                int at = k + (c - c0) * stride;
                packed[row + 2 * c] = scratch[at];
                packed[row + 2 * c + 1] = scratch[at + 1];
            }
        }
    }

    /** Transforms the first {@code width} columns of lane {@code lane}: forward, or inverse (scaled by 1/ny if {@code scale}). */
    public void transformScratch(int lane, int width, boolean forward, boolean scale) {
        int stride = 2 * ny;
        int base = lane * BLOCK * stride;
        for (int c = 0; c < width; c++) {
            if (forward) {
                fft.complexForward(scratch, base + c * stride);
            } else {
                fft.complexInverse(scratch, base + c * stride, scale);
            }
        }
    }

    /** Copies the first {@code width} columns of lane {@code lane} to columns {@code [c0, c0+width)} of {@code re/im}. */
    public void scatterScratch(int lane, int width, double[] re, double[] im, int c0) {
        int base = lane * BLOCK * 2 * ny;
        int stride = 2 * ny;
        for (int j = 0; j < ny; j++) {
            int dst = j * columns + c0;
            for (int c = 0; c < width; c++) {
                re[dst + c] = scratch[base + c * stride + 2 * j];
                im[dst + c] = scratch[base + c * stride + 2 * j + 1];
            }
        }
    }

    private void transform(double[] re, double[] im, int c0, int c1, boolean forward) {
        if (c0 < 0 || c1 > columns || c0 > c1) {
            throw new IllegalArgumentException("column range [" + c0 + ", " + c1 + ") outside [0, " + columns + ")");
        }
        for (int start = c0; start < c1; start += BLOCK) {
            int width = Math.min(BLOCK, c1 - start);
            gatherScratch(0, re, im, start, width);
            transformScratch(0, width, forward, true);
            scatterScratch(0, width, re, im, start);
        }
    }

    @Override
    public String toString() {
        return "ColumnFft[" + ny + " rows × " + columns + " columns, " + lanes + " lanes]";
    }
}
