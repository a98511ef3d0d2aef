package dev.eddy.solver.fft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The building blocks promise numpy's normalisation for every even length (JTransforms differs between powers of two and others). */
class RowColumnFftTest {

    @ParameterizedTest
    @ValueSource(ints = {8, 32, 48, 64, 96})
    void unnormalisedRowInverseIsExactlyNTimesTheInverse(int n) {
        RowFft fft = RowFft.of(n);
        Random rng = new Random(n);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextGaussian();
        }
        double[] re = new double[n / 2 + 1];
        double[] im = new double[n / 2 + 1];
        fft.forward(x, 0, re, im, 0);
        double[] scaled = new double[n];
        double[] raw = new double[n];
        fft.inverse(re, im, 0, scaled, 0, true);
        fft.inverse(re, im, 0, raw, 0, false);
        for (int i = 0; i < n; i++) {
            assertEquals(x[i], scaled[i], 1e-13);
            assertEquals(n * x[i], raw[i], 1e-12 * n);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 32, 48, 64, 96})
    void unscaledColumnInverseIsExactlyNTimesTheInverse(int n) {
        int columns = 3;
        ColumnFft fft = ColumnFft.of(n, columns, 2);
        Random rng = new Random(n);
        double[] re = new double[n * columns];
        double[] im = new double[n * columns];
        for (int i = 0; i < re.length; i++) {
            re[i] = rng.nextGaussian();
            im[i] = rng.nextGaussian();
        }
        double[] re0 = re.clone();
        double[] im0 = im.clone();
        fft.forward(re, im, 0, columns);
        fft.gatherScratch(1, re, im, 0, columns);
        fft.transformScratch(1, columns, false, false);
        fft.inverse(re, im, 0, columns);
        double[] scratch = fft.scratch();
        for (int j = 0; j < n; j++) {
            for (int c = 0; c < columns; c++) {
                int i = j * columns + c;
                assertEquals(re0[i], re[i], 1e-13);
                assertEquals(im0[i], im[i], 1e-13);
                assertEquals(n * re0[i], scratch[fft.scratchIndex(1, c, j)], 1e-12 * n);
                assertEquals(n * im0[i], scratch[fft.scratchIndex(1, c, j) + 1], 1e-12 * n);
            }
        }
    }

    /** Packed rows gathered into column scratch equal the split-complex spectrum; scattering back restores them. */
    @ParameterizedTest
    @ValueSource(ints = {8, 48, 64})
    void packedRowsGatherAndScatterLikeTheSplitSpectrum(int nx) {
        int ny = 6;
        int columns = nx / 2 + 1;
        RowFft row = RowFft.of(nx);
        ColumnFft col = ColumnFft.of(ny, columns);
        Random rng = new Random(nx);
        double[] x = new double[ny * nx];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
        }
        double[] packed = x.clone();
        double[] re = new double[ny * columns];
        double[] im = new double[ny * columns];
        for (int j = 0; j < ny; j++) {
            row.forward(x, j * nx, re, im, j * columns);
            row.forwardPacked(packed, j * nx);
        }
        double[] original = packed.clone();
        for (int c0 = 0; c0 < columns; c0 += ColumnFft.BLOCK) {
            int width = Math.min(ColumnFft.BLOCK, columns - c0);
            col.gatherPacked(0, packed, c0, width);
            for (int j = 0; j < ny; j++) {
                for (int c = 0; c < width; c++) {
                    assertEquals(re[j * columns + c0 + c], col.scratch()[col.scratchIndex(0, c, j)], 0.0);
                    assertEquals(im[j * columns + c0 + c], col.scratch()[col.scratchIndex(0, c, j) + 1], 0.0);
                }
            }
            java.util.Arrays.fill(packed, 0.0);
            col.scatterPacked(0, width, packed, c0);
            for (int j = 0; j < ny; j++) {
                for (int c = c0; c < c0 + width; c++) {
                    int re0 = c == 0 ? 0 : c == nx / 2 ? 1 : 2 * c;
                    assertEquals(original[j * nx + re0], packed[j * nx + re0], 0.0);
                    if (c != 0 && c != nx / 2) {
                        assertEquals(original[j * nx + 2 * c + 1], packed[j * nx + 2 * c + 1], 0.0);
                    }
                }
            }
            packed = original.clone();
        }
        double[] back = original.clone();
        for (int j = 0; j < ny; j++) {
            row.inversePacked(back, j * nx);
        }
        for (int i = 0; i < x.length; i++) {
            assertEquals(row.packedInverseGain() * x[i], back[i], 1e-12 * nx);
        }
    }
}
