package dev.eddy.solver.fft;

import dev.eddy.solver.grid.Grid;
import java.util.function.IntConsumer;

/**
 * Float32 twin of {@link RealFft2D} (same layout, conventions and threading; generated from it by renaming types).
 *
 * Real 2-D FFT of a row-major {@code ny × nx} {@code float[]} field (x fastest) to a {@link SpectralFieldFloat} in numpy's
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
 * <p>Implementation: JTransforms 1-D transforms, a real transform of every row ({@link RowFftFloat}, in its packed row
 * layout, in scratch for the forward transform and in the output array itself for the inverse) then complex
 * transforms of the {@code nx/2+1} columns ({@link ColumnFftFloat}), gathered eight at a time. Only even sizes
 * are accepted. All scratch space is allocated in the constructor; a call allocates nothing for power-of-two sizes
 * (JTransforms allocates inside its mixed-radix path for other sizes).
 *
 * <p>Threading: the rows and the column blocks are split among the members of a {@link WorkerTeam}. An instance is
 * not thread-safe (its scratch is shared); use one per thread for concurrent transforms.
 */
public final class RealFft2DFloat implements AutoCloseable {

    private final int ny;
    private final int nx;
    private final int columns;
    private final WorkerTeam team;
    private final boolean ownsTeam;
    private final RowFftFloat[] rowFfts;
    private final ColumnFftFloat[] columnFfts;
    private final float[] packed;

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
        this.team = team;
        this.ownsTeam = ownsTeam;
        this.rowFfts = new RowFftFloat[team.size()];
        this.columnFfts = new ColumnFftFloat[team.size()];
        for (int w = 0; w < team.size(); w++) {
            rowFfts[w] = RowFftFloat.of(nx);
            columnFfts[w] = ColumnFftFloat.of(ny, columns);
        }
        this.packed = new float[ny * nx];
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

    /** Rows of x → packed-row spectra in the scratch (x untouched). */
    private void forwardRows(int member) {
        RowFftFloat fft = rowFfts[member];
        for (int j = team.start(ny, member), end = team.start(ny, member + 1); j < end; j++) {
            System.arraycopy(realArgument, j * nx, packed, j * nx, nx);
            fft.forwardPacked(packed, j * nx);
        }
    }

    /** Columns: gather from the packed rows, transform along y, scatter to the split-complex output. */
    private void forwardColumns(int member) {
        ColumnFftFloat fft = columnFfts[member];
        float[] re = spectralArgument.re();
        float[] im = spectralArgument.im();
        for (int b = columnStart(member), end = columnStart(member + 1); b < end; b += ColumnFftFloat.BLOCK) {
            int width = Math.min(ColumnFftFloat.BLOCK, end - b);
            fft.gatherPacked(0, packed, b, width);
            fft.transformScratch(0, width, true, false);
            fft.scatterScratch(0, width, re, im, b);
        }
    }

    /** Columns: gather from the split-complex input, inverse-transform along y (1/ny), scatter as packed rows into x. */
    private void inverseColumns(int member) {
        ColumnFftFloat fft = columnFfts[member];
        float[] re = spectralArgument.re();
        float[] im = spectralArgument.im();
        for (int b = columnStart(member), end = columnStart(member + 1); b < end; b += ColumnFftFloat.BLOCK) {
            int width = Math.min(ColumnFftFloat.BLOCK, end - b);
            fft.gatherScratch(0, re, im, b, width);
            fft.transformScratch(0, width, false, true);
            fft.scatterPacked(0, width, realArgument, b);
        }
    }

    /** Rows of x, holding packed-row spectra, inverted in place (1/nx). */
    private void inverseRows(int member) {
        RowFftFloat fft = rowFfts[member];
        for (int j = team.start(ny, member), end = team.start(ny, member + 1); j < end; j++) {
            fft.inversePackedScaled(realArgument, j * nx);
        }
    }

    /** First column of member {@code w}'s share, in whole {@link ColumnFftFloat#BLOCK}s. */
    private int columnStart(int w) {
        int blocks = (columns + ColumnFftFloat.BLOCK - 1) / ColumnFftFloat.BLOCK;
        return Math.min(columns, team.start(blocks, w) * ColumnFftFloat.BLOCK);
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
