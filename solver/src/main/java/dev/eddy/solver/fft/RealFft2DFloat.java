package dev.eddy.solver.fft;

import dev.eddy.solver.grid.Grid;
import java.util.function.IntConsumer;
import org.jtransforms.fft.FloatFFT_1D;

/**
 * Float32 twin of {@link RealFft2D}: real 2-D FFT of a row-major {@code ny × nx} {@code float[]} field (x fastest) to a {@link SpectralFieldFloat} in numpy's
 * {@code rfft2} layout, and its inverse.
 *
 * <p>Conventions (identical to {@code numpy.fft.rfft2}/{@code irfft2} with default normalisation):
 * <pre>
 *   forward:  X[ky][kx] = Σ_{j<ny} Σ_{i<nx} x[j][i] · exp(−2πi (kx·i/nx + ky·j/ny)),   0 ≤ kx ≤ nx/2
 *   inverse:  x[j][i]   = (1/(nx·ny)) Σ_{ky,kx} X[ky][kx] · exp(+2πi (kx·i/nx + ky·j/ny))  (Hermitian extension)
 * </pre>
 * so {@code inverse(forward(x)) == x} to rounding and {@code X[0][0] = Σ x}. The inverse treats a spectrum that is not
 * exactly Hermitian the way numpy does: a complex inverse transform along y, then a real inverse transform along x
 * that ignores the imaginary parts of the {@code kx = 0} and {@code kx = nx/2} coefficients.
 *
 * <p>Implementation: JTransforms' {@link FloatFFT_1D}, a real transform of every row (its packed 1-D layout is
 * unpacked on the fly) then complex transforms of the {@code nx/2+1} columns, gathered eight at a time. Only even sizes
 * are accepted. All scratch space is allocated in the constructor; a call allocates nothing for power-of-two sizes
 * (JTransforms allocates inside its mixed-radix path for other sizes).
 *
 * <p>Threading: the rows and the column blocks are split among the members of a {@link WorkerTeam}. An instance is
 * not thread-safe (its scratch is shared); use one per thread for concurrent transforms.
 */
public final class RealFft2DFloat implements AutoCloseable {

    private static final int COLUMN_BLOCK = 8;

    private final int ny;
    private final int nx;
    private final int columns;
    private final FloatFFT_1D rowFft;
    private final FloatFFT_1D columnFft;
    private final WorkerTeam team;
    private final boolean ownsTeam;
    private final float[][] rowScratch;
    private final float[][] columnScratch;
    private final float[] inverseRe;
    private final float[] inverseIm;

    private final IntConsumer forwardRowsTask = this::forwardRows;
    private final IntConsumer forwardColumnsTask = this::forwardColumns;
    private final IntConsumer inverseColumnsTask = this::inverseColumns;
    private final IntConsumer inverseRowsTask = this::inverseRows;

    private float[] realArgument;
    private SpectralFieldFloat spectralArgument;

    private RealFft2DFloat(int ny, int nx, WorkerTeam team, boolean ownsTeam) {
        FftShapes.requireEven(ny, nx);
        this.ny = ny;
        this.nx = nx;
        this.columns = nx / 2 + 1;
        this.rowFft = new FloatFFT_1D(nx);
        this.columnFft = new FloatFFT_1D(ny);
        this.team = team;
        this.ownsTeam = ownsTeam;
        this.rowScratch = new float[team.size()][nx];
        this.columnScratch = new float[team.size()][2 * ny * COLUMN_BLOCK];
        this.inverseRe = new float[ny * columns];
        this.inverseIm = new float[ny * columns];
    }

    /** A single-threaded transform for fields on {@code grid}. */
    public static RealFft2DFloat of(Grid grid) {
        return new RealFft2DFloat(grid.ny(), grid.nx(), WorkerTeam.single(), true);
    }

    /** A transform for fields on {@code grid} that uses {@code threads} threads (its own team; close it when done). */
    public static RealFft2DFloat of(Grid grid, int threads) {
        return new RealFft2DFloat(grid.ny(), grid.nx(), WorkerTeam.of(threads), true);
    }

    /** A transform of {@code ny × nx} fields that runs on a shared {@code team} (not closed by {@link #close()}). */
    public static RealFft2DFloat of(int ny, int nx, WorkerTeam team) {
        return new RealFft2DFloat(ny, nx, team, false);
    }

    public int ny() {
        return ny;
    }

    public int nx() {
        return nx;
    }

    /** Number of threads the transform uses. */
    public int threads() {
        return team.size();
    }

    /** A new zero spectrum of the right shape for this transform. */
    public SpectralFieldFloat newSpectrum() {
        return SpectralFieldFloat.zeros(ny, nx);
    }

    /** {@code out ← rfft2(x)}; {@code x} (length {@code ny·nx}) is not modified. */
    public void forward(float[] x, SpectralFieldFloat out) {
        FftShapes.requireLength("real field", x.length, ny * nx, ny, nx);
        requireShape(out);
        realArgument = x;
        spectralArgument = out;
        try {
            team.run(forwardRowsTask);
            team.run(forwardColumnsTask);
        } finally {
            realArgument = null;
            spectralArgument = null;
        }
    }

    /** {@code x ← irfft2(spectrum)}; {@code spectrum} is not modified. */
    public void inverse(SpectralFieldFloat spectrum, float[] x) {
        FftShapes.requireLength("real field", x.length, ny * nx, ny, nx);
        requireShape(spectrum);
        realArgument = x;
        spectralArgument = spectrum;
        try {
            team.run(inverseColumnsTask);
            team.run(inverseRowsTask);
        } finally {
            realArgument = null;
            spectralArgument = null;
        }
    }

    private void requireShape(SpectralFieldFloat s) {
        if (s.ny() != ny || s.nx() != nx) {
            throw new IllegalArgumentException("spectrum is for a " + s.ny() + "×" + s.nx() + " field, transform is "
                    + ny + "×" + nx);
        }
    }

    /** Rows: real FFT of each row, JTransforms' packed 1-D layout (a0 = Re X0, a1 = Re X_{n/2}) unpacked to re/im. */
    private void forwardRows(int member) {
        float[] x = realArgument;
        float[] re = spectralArgument.re();
        float[] im = spectralArgument.im();
        float[] row = rowScratch[member];
        int half = nx / 2;
        for (int j = team.start(ny, member), end = team.start(ny, member + 1); j < end; j++) {
            System.arraycopy(x, j * nx, row, 0, nx);
            rowFft.realForward(row);
            int base = j * columns;
            re[base] = row[0];
            im[base] = 0f;
            re[base + half] = row[1];
            im[base + half] = 0f;
            for (int k = 1; k < half; k++) {
                re[base + k] = row[2 * k];
                im[base + k] = row[2 * k + 1];
            }
        }
    }

    private void forwardColumns(int member) {
        transformColumns(member, spectralArgument.re(), spectralArgument.im(),
                spectralArgument.re(), spectralArgument.im(), true);
    }

    private void inverseColumns(int member) {
        transformColumns(member, spectralArgument.re(), spectralArgument.im(), inverseRe, inverseIm, false);
    }

    /** Complex FFT along y of every column, {@value #COLUMN_BLOCK} columns gathered at a time into interleaved scratch. */
    private void transformColumns(int member, float[] srcRe, float[] srcIm, float[] dstRe, float[] dstIm,
                                  boolean forward) {
        float[] buf = columnScratch[member];
        int blocks = (columns + COLUMN_BLOCK - 1) / COLUMN_BLOCK;
        int stride = 2 * ny;
        for (int b = team.start(blocks, member), bEnd = team.start(blocks, member + 1); b < bEnd; b++) {
            int c0 = b * COLUMN_BLOCK;
            int width = Math.min(COLUMN_BLOCK, columns - c0);
            for (int j = 0; j < ny; j++) {
                int src = j * columns + c0;
                for (int c = 0; c < width; c++) {
                    buf[c * stride + 2 * j] = srcRe[src + c];
                    buf[c * stride + 2 * j + 1] = srcIm[src + c];
                }
            }
            for (int c = 0; c < width; c++) {
                if (forward) {
                    columnFft.complexForward(buf, c * stride);
                } else {
                    columnFft.complexInverse(buf, c * stride, true);
                }
            }
            for (int j = 0; j < ny; j++) {
                int dst = j * columns + c0;
                for (int c = 0; c < width; c++) {
                    dstRe[dst + c] = buf[c * stride + 2 * j];
                    dstIm[dst + c] = buf[c * stride + 2 * j + 1];
                }
            }
        }
    }

    /** Rows: pack each row of the y-inverted spectrum into JTransforms' 1-D layout and invert (scaled by 1/nx). */
    private void inverseRows(int member) {
        float[] x = realArgument;
        float[] row = rowScratch[member];
        int half = nx / 2;
        for (int j = team.start(ny, member), end = team.start(ny, member + 1); j < end; j++) {
            int base = j * columns;
            row[0] = inverseRe[base];
            row[1] = inverseRe[base + half];
            for (int k = 1; k < half; k++) {
                row[2 * k] = inverseRe[base + k];
                row[2 * k + 1] = inverseIm[base + k];
            }
            rowFft.realInverse(row, true);
            System.arraycopy(row, 0, x, j * nx, nx);
        }
    }

    /** Stops the worker threads if this transform created them. */
    @Override
    public void close() {
        if (ownsTeam) {
            team.close();
        }
    }

    @Override
    public String toString() {
        return "RealFft2DFloat[" + ny + "×" + nx + " → " + ny + "×" + columns + " complex, " + team.size() + " threads]";
    }
}
