package dev.eddy.solver.fft;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * {@link RealFftBatch} on JTransforms ({@link RealFft2D}, {@link RealFft2DFloat}) with heap buffers: the reference
 * implementation of the seam. It converts between the batch layout and {@link SpectralField}'s split layout on every
 * call, so it is for tests and cross-checks, not for speed (the solver's JTransforms path is the fused kernel in
 * {@code SpectralNavierStokes2D}). The unnormalised inverse is the normalised one times {@code nx·ny}.
 */
public final class JTransformsRealFftBatch implements RealFftBatch {

    private final int ny;
    private final int nx;
    private final int count;
    private final boolean single;
    private final MemorySegment fields;
    private final MemorySegment spectra;
    private final RealFft2D doubleFft;
    private final RealFft2DFloat floatFft;
    private final SpectralField doubleSpectrum;
    private final SpectralFieldFloat floatSpectrum;
    private final double[] doubleField;
    private final float[] floatField;
    private final WorkerTeam team;

    private JTransformsRealFftBatch(boolean single, int ny, int nx, int count, int threads) {
        FftShapes.requireEven(ny, nx);
        if (count < 1) {
            throw new IllegalArgumentException("an FFT batch needs ≥ 1 field, got " + count);
        }
        this.ny = ny;
        this.nx = nx;
        this.count = count;
        this.single = single;
        this.team = WorkerTeam.of(threads);
        int realSize = ny * nx;
        int complexSize = ny * (nx / 2 + 1);
        if (single) {
            this.fields = MemorySegment.ofArray(new float[count * realSize]);
            this.spectra = MemorySegment.ofArray(new float[2 * count * complexSize]);
            this.floatFft = RealFft2DFloat.of(ny, nx, team);
            this.floatSpectrum = floatFft.newSpectrum();
            this.floatField = new float[realSize];
            this.doubleFft = null;
            this.doubleSpectrum = null;
            this.doubleField = null;
        } else {
            this.fields = MemorySegment.ofArray(new double[count * realSize]);
            this.spectra = MemorySegment.ofArray(new double[2 * count * complexSize]);
            this.doubleFft = RealFft2D.of(ny, nx, team);
            this.doubleSpectrum = doubleFft.newSpectrum();
            this.doubleField = new double[realSize];
            this.floatFft = null;
            this.floatSpectrum = null;
            this.floatField = null;
        }
    }

    /** A double-precision batch of {@code count} {@code ny × nx} transforms on {@code threads} threads. */
    public static JTransformsRealFftBatch ofDoubles(int ny, int nx, int count, int threads) {
        return new JTransformsRealFftBatch(false, ny, nx, count, threads);
    }

    /** A single-precision batch. */
    public static JTransformsRealFftBatch ofFloats(int ny, int nx, int count, int threads) {
        return new JTransformsRealFftBatch(true, ny, nx, count, threads);
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
        return single;
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
        int realSize = ny * nx;
        int complexSize = ny * (nx / 2 + 1);
        double gain = (double) nx * ny;
        for (int f = 0; f < count; f++) {
            long s = 2L * f * complexSize;
            long r = (long) f * realSize;
            if (single) {
                float[] re = floatSpectrum.re();
                float[] im = floatSpectrum.im();
                for (int k = 0; k < complexSize; k++) {
                    re[k] = spectra.getAtIndex(ValueLayout.JAVA_FLOAT, s + 2L * k);
                    im[k] = spectra.getAtIndex(ValueLayout.JAVA_FLOAT, s + 2L * k + 1);
                }
                floatFft.inverse(floatSpectrum, floatField);
                for (int k = 0; k < realSize; k++) {
                    fields.setAtIndex(ValueLayout.JAVA_FLOAT, r + k, (float) (floatField[k] * gain));
                }
            } else {
                double[] re = doubleSpectrum.re();
                double[] im = doubleSpectrum.im();
                for (int k = 0; k < complexSize; k++) {
                    re[k] = spectra.getAtIndex(ValueLayout.JAVA_DOUBLE, s + 2L * k);
                    im[k] = spectra.getAtIndex(ValueLayout.JAVA_DOUBLE, s + 2L * k + 1);
                }
                doubleFft.inverse(doubleSpectrum, doubleField);
                for (int k = 0; k < realSize; k++) {
                    fields.setAtIndex(ValueLayout.JAVA_DOUBLE, r + k, doubleField[k] * gain);
                }
            }
        }
    }

    @Override
    public void forwardFirst() {
        int realSize = ny * nx;
        int complexSize = ny * (nx / 2 + 1);
        if (single) {
            for (int k = 0; k < realSize; k++) {
                floatField[k] = fields.getAtIndex(ValueLayout.JAVA_FLOAT, k);
            }
            floatFft.forward(floatField, floatSpectrum);
            for (int k = 0; k < complexSize; k++) {
                spectra.setAtIndex(ValueLayout.JAVA_FLOAT, 2L * k, floatSpectrum.re()[k]);
                spectra.setAtIndex(ValueLayout.JAVA_FLOAT, 2L * k + 1, floatSpectrum.im()[k]);
            }
        } else {
            for (int k = 0; k < realSize; k++) {
                doubleField[k] = fields.getAtIndex(ValueLayout.JAVA_DOUBLE, k);
            }
            doubleFft.forward(doubleField, doubleSpectrum);
            for (int k = 0; k < complexSize; k++) {
                spectra.setAtIndex(ValueLayout.JAVA_DOUBLE, 2L * k, doubleSpectrum.re()[k]);
                spectra.setAtIndex(ValueLayout.JAVA_DOUBLE, 2L * k + 1, doubleSpectrum.im()[k]);
            }
        }
    }

    @Override
    public FftBackend backend() {
        return FftBackend.JTRANSFORMS;
    }

    @Override
    public void close() {
        team.close();
    }

    @Override
    public String toString() {
        return "JTransformsRealFftBatch[" + count + " × " + ny + "×" + nx + (single ? ", float]" : ", double]");
    }
}
