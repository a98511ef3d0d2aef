package dev.eddy.climate.sphere;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.jtransforms.fft.DoubleFFT_1D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The batched real FFT against JTransforms (one sequence at a time) and against the DFT sums themselves. */
class BatchedRealFftTest {
    private static double[][] random(int rows, int batch, Random random) {
        double[][] x = new double[rows][batch];
        for (double[] row : x) {
            for (int b = 0; b < batch; b++) {
                row[b] = random.nextGaussian();
            }
        }
        return x;
    }

    private static double maxAbs(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    /** Sizes 4 … 256 (64 at T21, 128 at T42), odd and even log₂(N/2), batches from 1 to wider than a SIMD register. */
    @ParameterizedTest
    @CsvSource({"4, 1", "8, 3", "16, 5", "32, 16", "64, 16", "64, 80", "128, 64", "256, 7"})
    void forwardMatchesJTransforms(int n, int batch) {
        Random random = new Random(n * 31L + batch);
        double[][] x = random(n, batch, random);
        int maxOrder = n / 2;
        double[][] c = new double[2 * (maxOrder + 1)][batch];
        new BatchedRealFft(n, batch).forward(x, c, maxOrder, batch);
        DoubleFFT_1D oracle = new DoubleFFT_1D(n);
        for (int b = 0; b < batch; b++) {
            double[] row = new double[n];
            for (int j = 0; j < n; j++) {
                row[j] = x[j][b];
            }
            oracle.realForward(row);
            double scale = maxAbs(row);
            for (int m = 0; m <= maxOrder; m++) {
                // JTransforms: a[2m], a[2m+1] = Re, Im of X_m for 0 < m < N/2; a[0] = X_0, a[1] = X_{N/2} (both real).
                double re = m == 0 ? row[0] : m == n / 2 ? row[1] : row[2 * m];
                double im = m == 0 || m == n / 2 ? 0 : row[2 * m + 1];
                assertTrue(Math.abs(re - c[2 * m][b]) < 1e-13 * scale, "Re m=" + m + " b=" + b);
                assertTrue(Math.abs(im - c[2 * m + 1][b]) < 1e-13 * scale, "Im m=" + m + " b=" + b);
            }
        }
    }

    /** Inverse for full (M = N/2 − 1) and truncated (pruned) spectra, as T21 on 64 and T42 on 128 longitudes. */
    @ParameterizedTest
    @CsvSource({"4, 1, 1", "8, 3, 3", "16, 5, 2", "32, 16, 15", "64, 16, 21", "64, 80, 31", "128, 64, 42", "256, 7, 127"})
    void inverseMatchesJTransforms(int n, int batch, int maxOrder) {
        Random random = new Random(n * 17L + batch + maxOrder);
        double[][] c = random(2 * (maxOrder + 1), batch, random);
        double[][] x = new double[n][batch];
        new BatchedRealFft(n, batch).inverse(c, x, maxOrder, batch);
        DoubleFFT_1D oracle = new DoubleFFT_1D(n);
        for (int b = 0; b < batch; b++) {
            // JTransforms' unscaled realInverse of a Hermitian spectrum returns half of Σ_k X_k e^{2πijk/N}: pass 2·F_m.
            double[] row = new double[n];
            row[0] = 2 * c[0][b];
            for (int m = 1; m <= maxOrder; m++) {
                row[2 * m] = 2 * c[2 * m][b];
                row[2 * m + 1] = 2 * c[2 * m + 1][b];
            }
            oracle.realInverse(row, false);
            double scale = maxAbs(row);
            for (int j = 0; j < n; j++) {
                assertTrue(Math.abs(row[j] - x[j][b]) < 1e-13 * scale, "j=" + j + " b=" + b);
            }
        }
    }

    @Test
    void inverseIsTheDefiningSumAndUndoesTheForwardTransform() {
        int n = 64;
        int batch = 9;
        int maxOrder = 21;
        Random random = new Random(3);
        double[][] c = random(2 * (maxOrder + 1), batch, random);
        BatchedRealFft fft = new BatchedRealFft(n, batch);
        double[][] x = new double[n][batch];
        fft.inverse(c, x, maxOrder, batch);
        for (int b = 0; b < batch; b++) {
            for (int j = 0; j < n; j++) {
                double sum = c[0][b];
                for (int m = 1; m <= maxOrder; m++) {
                    double angle = 2 * Math.PI * m * j / n;
                    sum += 2 * (c[2 * m][b] * Math.cos(angle) - c[2 * m + 1][b] * Math.sin(angle));
                }
                assertTrue(Math.abs(sum - x[j][b]) < 1e-12, "j=" + j);
            }
        }
        double[][] back = new double[2 * (maxOrder + 1)][batch];
        fft.forward(x, back, maxOrder, batch);
        for (int m = 0; m <= maxOrder; m++) {
            for (int b = 0; b < batch; b++) {
                double expectedRe = n * c[2 * m][b];
                double expectedIm = m == 0 ? 0 : n * c[2 * m + 1][b];
                assertTrue(Math.abs(expectedRe - back[2 * m][b]) < 1e-12 * n, "Re m=" + m);
                assertTrue(Math.abs(expectedIm - back[2 * m + 1][b]) < 1e-12 * n, "Im m=" + m);
            }
        }
    }

    @Test
    void rejectsLengthsThatAreNotPowersOfTwoAndOversizedBatches() {
        assertThrows(IllegalArgumentException.class, () -> new BatchedRealFft(96, 4));
        assertThrows(IllegalArgumentException.class, () -> new BatchedRealFft(2, 4));
        BatchedRealFft fft = new BatchedRealFft(16, 4);
        assertThrows(IllegalArgumentException.class, () -> fft.forward(new double[16][8], new double[18][8], 8, 8));
        assertThrows(IllegalArgumentException.class, () -> fft.inverse(new double[18][4], new double[16][4], 8, 4));
    }
}
