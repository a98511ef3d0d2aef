package dev.eddy.solver.fft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * FFTW's batched real 2-D transforms ({@link FftwRealFftBatch}) against JTransforms' ({@link JTransformsRealFftBatch})
 * on random fields and random (non-Hermitian) spectra, both precisions, on the even sizes the solver accepts: powers
 * of two, other even sizes (mixed radix, 2·prime) and non-square grids.
 *
 * <p>Tolerance: the rounding error of an FFT of length N grows like {@code ε·log₂N} relative to the data's L2 norm
 * (Higham, <i>Accuracy and Stability of Numerical Algorithms</i>, 2nd ed., §24.1). A coefficient of a transform of N
 * values bounded by {@code m} is of size {@code ~√N·m}, so two correct implementations differ by at most a few
 * {@code ε·log₂N·√N·m}; we allow {@code 8·ε·log₂N·√N·m} with ε of the precision (2⁻⁵² or 2⁻²³). A layout, sign or
 * scaling mistake is off by {@code O(√N·m)}, 10⁶ (float) to 10¹⁴ (double) times more.
 */
class FftwRealFftBatchTest {

    @BeforeEach
    void requireLibrary() {
        FftwRequirement.requireFftw();
    }

    @ParameterizedTest(name = "{0}×{1}, float={2}")
    @CsvSource({"8,8,false", "6,10,false", "18,24,false", "22,14,false", "64,64,false", "96,80,false",
            "8,8,true", "6,10,true", "18,24,true", "22,14,true", "64,64,true", "96,80,true", "128,128,true"})
    void forwardEqualsJTransforms(int ny, int nx, boolean single) {
        try (RealFftBatch fftw = single ? FftwRealFftBatch.ofFloats(ny, nx, 2, 1) : FftwRealFftBatch.ofDoubles(ny, nx, 2, 1);
             RealFftBatch reference = single ? JTransformsRealFftBatch.ofFloats(ny, nx, 2, 1)
                     : JTransformsRealFftBatch.ofDoubles(ny, nx, 2, 1)) {
            fillRandom(fftw.fields(), single, ny * nx, 11L * ny + nx);
            copy(fftw.fields(), reference.fields(), single, ny * nx);
            fftw.forwardFirst();
            reference.forwardFirst();
            assertClose(reference.spectra(), fftw.spectra(), single, 2 * ny * (nx / 2 + 1), ny * nx, "rfft2");
            assertEquals(FftBackend.FFTW, fftw.backend());
        }
    }

    @ParameterizedTest(name = "{0}×{1}, float={2}")
    @CsvSource({"8,8,false", "6,10,false", "18,24,false", "22,14,false", "64,64,false", "96,80,false",
            "8,8,true", "6,10,true", "18,24,true", "22,14,true", "64,64,true", "96,80,true", "128,128,true"})
    void unnormalisedInverseOfRandomSpectraEqualsJTransforms(int ny, int nx, boolean single) {
        int count = 4;
        int spectrumValues = 2 * count * ny * (nx / 2 + 1);
        try (RealFftBatch fftw = single ? FftwRealFftBatch.ofFloats(ny, nx, count, 2)
                : FftwRealFftBatch.ofDoubles(ny, nx, count, 2);
             RealFftBatch reference = single ? JTransformsRealFftBatch.ofFloats(ny, nx, count, 1)
                     : JTransformsRealFftBatch.ofDoubles(ny, nx, count, 1)) {
            fillRandom(fftw.spectra(), single, spectrumValues, 7L * ny + nx);
            copy(fftw.spectra(), reference.spectra(), single, spectrumValues);
            fftw.inverseAll();
            reference.inverseAll();
            assertClose(reference.fields(), fftw.fields(), single, count * ny * nx, ny * nx, "nx·ny·irfft2");
        }
    }

    @Test
    void roundTripReturnsTheFieldTimesItsSize() {
        int ny = 24;
        int nx = 30;
        try (RealFftBatch fftw = FftwRealFftBatch.ofDoubles(ny, nx, 1, 1)) {
            fillRandom(fftw.fields(), false, ny * nx, 3);
            double[] original = fftw.fields().toArray(ValueLayout.JAVA_DOUBLE);
            fftw.forwardFirst();
            double[] afterForward = fftw.fields().toArray(ValueLayout.JAVA_DOUBLE);
            fftw.inverseAll();
            double[] back = fftw.fields().toArray(ValueLayout.JAVA_DOUBLE);
            for (int i = 0; i < original.length; i++) {
                assertEquals(original[i], afterForward[i], 0.0, "the forward transform keeps its input");
                assertEquals(ny * nx * original[i], back[i], 1e-12 * ny * nx);
            }
        }
    }

    @Test
    void rejectsOddSizesAndClosedUse() {
        assertThrows(IllegalArgumentException.class, () -> FftwRealFftBatch.ofDoubles(15, 16, 1, 1));
        FftwRealFftBatch batch = FftwRealFftBatch.ofFloats(8, 8, 1, 1);
        batch.close();
        assertThrows(IllegalStateException.class, batch::forwardFirst);
    }

    static void fillRandom(MemorySegment segment, boolean single, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            double value = 2 * random.nextDouble() - 1;
            if (single) {
                segment.setAtIndex(ValueLayout.JAVA_FLOAT, i, (float) value);
            } else {
                segment.setAtIndex(ValueLayout.JAVA_DOUBLE, i, value);
            }
        }
    }

    private static void copy(MemorySegment from, MemorySegment to, boolean single, int count) {
        MemorySegment.copy(from, 0, to, 0, (long) count * (single ? Float.BYTES : Double.BYTES));
    }

    /** |expected − actual| ≤ 8·ε·log₂N·√N·max|input| (inputs are in [−1, 1)), see the class comment. */
    private static void assertClose(MemorySegment expected, MemorySegment actual, boolean single, int count,
                                    int transformSize, String what) {
        double epsilon = single ? Math.ulp(1.0f) : Math.ulp(1.0);
        double tolerance = 8 * epsilon * (Math.log(transformSize) / Math.log(2)) * Math.sqrt(transformSize);
        double worst = 0;
        double largest = 0;
        for (int i = 0; i < count; i++) {
            double e = single ? expected.getAtIndex(ValueLayout.JAVA_FLOAT, i) : expected.getAtIndex(ValueLayout.JAVA_DOUBLE, i);
            double a = single ? actual.getAtIndex(ValueLayout.JAVA_FLOAT, i) : actual.getAtIndex(ValueLayout.JAVA_DOUBLE, i);
            worst = Math.max(worst, Math.abs(e - a));
            largest = Math.max(largest, Math.abs(e));
        }
        assertTrue(largest > 0.1 * Math.sqrt(transformSize), what + ": reference values suspiciously small, " + largest);
        assertTrue(worst <= tolerance, what + ": FFTW differs from JTransforms by " + worst + " > " + tolerance);
    }
}
