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
}
