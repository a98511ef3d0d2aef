package dev.eddy.solver.fft;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * {@link RealFftBatch} on FFTW: the buffers are native memory (64-byte aligned, from a shared {@link Arena} so that
 * every worker thread may touch them), planned once at construction with {@code FFTW_MEASURE} on the given number
 * of threads (this overwrites the buffers and costs from milliseconds at 64² to about a second at 1024², once per
 * shape and process; later plans of the same shape come from FFTW's wisdom, see {@link FftwLibrary}). Two plans: one
 * {@code plan_many_dft_c2r} over all {@code count} spectra, one {@code plan_many_dft_r2c} of field 0.
 */
public final class FftwRealFftBatch implements RealFftBatch {

    private final FftwLibrary fftw;
    private final int ny;
    private final int nx;
    private final int count;
    private final Arena arena;
    private final MemorySegment fields;
    private final MemorySegment spectra;
    private final MemorySegment inversePlan;
    private final MemorySegment forwardPlan;
    private boolean closed;

    private FftwRealFftBatch(boolean single, int ny, int nx, int count, int threads) {
        FftShapes.requireEven(ny, nx);
        if (count < 1 || threads < 1) {
            throw new IllegalArgumentException("an FFT batch needs ≥ 1 field and ≥ 1 thread, got " + count + ", " + threads);
        }
        this.fftw = FftwLibrary.of(single);
        this.ny = ny;
        this.nx = nx;
        this.count = count;
        long element = single ? Float.BYTES : Double.BYTES;
        long realSize = (long) ny * nx;
        long complexSize = (long) ny * (nx / 2 + 1);
        this.arena = Arena.ofShared();
        this.fields = arena.allocate(element * count * realSize, 64);
        this.spectra = arena.allocate(2 * element * count * complexSize, 64);
        MemorySegment plan = null;
        try {
            plan = fftw.planMany(false, ny, nx, count, fields, spectra, threads);
            this.inversePlan = plan;
            this.forwardPlan = fftw.planMany(true, ny, nx, 1, fields, spectra, threads);
        } catch (RuntimeException | Error e) {
            if (plan != null) {
                fftw.destroy(plan);
            }
            arena.close();
            throw e;
        }
        fields.fill((byte) 0);
        spectra.fill((byte) 0);
    }

    /** A double-precision batch of {@code count} {@code ny × nx} transforms on {@code threads} threads. */
    public static FftwRealFftBatch ofDoubles(int ny, int nx, int count, int threads) {
        return new FftwRealFftBatch(false, ny, nx, count, threads);
    }

    /** A single-precision batch. */
    public static FftwRealFftBatch ofFloats(int ny, int nx, int count, int threads) {
        return new FftwRealFftBatch(true, ny, nx, count, threads);
    }

    @Override
    public int ny() {
        return ny;
    }

    @Override
    public int nx() {
        return nx;
    }

    @Override
    public int count() {
        return count;
    }

    @Override
    public boolean singlePrecision() {
        return fftw.isSinglePrecision();
    }

    @Override
    public MemorySegment fields() {
        return fields;
    }

    @Override
    public MemorySegment spectra() {
        return spectra;
    }

    @Override
    public void inverseAll() {
        requireOpen();
        fftw.execute(inversePlan);
    }

    @Override
    public void forwardFirst() {
        requireOpen();
        fftw.execute(forwardPlan);
    }

    @Override
    public FftBackend backend() {
        return FftBackend.FFTW;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("FFT batch is closed");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        fftw.destroy(inversePlan);
        fftw.destroy(forwardPlan);
        arena.close();
    }

    @Override
    public String toString() {
        return "FftwRealFftBatch[" + count + " × " + ny + "×" + nx + ", " + fftw.version() + "]";
    }
}
