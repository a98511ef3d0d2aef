package dev.eddy.solver.fft;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.solver.grid.Grid;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RealFft2DTest {

    private static double[] random(int n, long seed) {
        Random rng = new Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextGaussian();
        }
        return x;
    }

    @Test
    void roundTripIsIdentityToRounding() {
        for (int[] shape : new int[][] {{64, 64}, {32, 48}, {128, 16}, {2, 2}}) {
            Grid grid = new Grid(shape[1], shape[0], 1.0, 2.0);
            double[] x = random(grid.size(), 7);
            double[] back = new double[grid.size()];
            try (RealFft2D fft = RealFft2D.of(grid)) {
                SpectralField s = fft.newSpectrum();
                fft.forward(x, s);
                fft.inverse(s, back);
            }
            double err = 0;
            for (int i = 0; i < x.length; i++) {
                err = Math.max(err, Math.abs(back[i] - x[i]));
            }
            assertTrue(err < 1e-14, "round trip error " + err + " for " + grid);
        }
    }

    @Test
    void dcCoefficientIsTheSum() {
        Grid grid = Grid.square(32, 1.0);
        double[] x = random(grid.size(), 3);
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        try (RealFft2D fft = RealFft2D.of(grid)) {
            SpectralField s = fft.newSpectrum();
            fft.forward(x, s);
            assertEquals(sum, s.re(0, 0), 1e-12);
            assertEquals(0.0, s.im(0, 0), 0.0);
        }
    }

    /** A sine mode sin(2π(3i/nx + 5j/ny)) = (e^{iθ} − e^{−iθ})/(2i) lands at row 5, column 3 as −i·N/2 (numpy's sign). */
    @Test
    void singleFourierModeLandsInItsBinWithNumpySign() {
        int nx = 16;
        int ny = 12;
        Grid grid = new Grid(nx, ny, 1.0, 1.0);
        double[] sin = new double[grid.size()];
        double[] cos = new double[grid.size()];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                double theta = 2 * Math.PI * (3.0 * i / nx + 5.0 * j / ny);
                sin[j * nx + i] = Math.sin(theta);
                cos[j * nx + i] = Math.cos(theta);
            }
        }
        double half = nx * ny / 2.0;
        try (RealFft2D fft = RealFft2D.of(grid)) {
            SpectralField s = fft.newSpectrum();
            fft.forward(sin, s);
            for (int r = 0; r < ny; r++) {
                for (int c = 0; c <= nx / 2; c++) {
                    boolean bin = r == 5 && c == 3;
                    assertEquals(0.0, s.re(r, c), 1e-12, "re at " + r + "," + c);
                    assertEquals(bin ? -half : 0.0, s.im(r, c), 1e-12, "im at " + r + "," + c);
                }
            }
            fft.forward(cos, s);
            assertEquals(half, s.re(5, 3), 1e-12);
            assertEquals(0.0, s.im(5, 3), 1e-12);
            // negative y-wavenumber: cos(2π(3i/nx − 5j/ny)) sits in row ny − 5
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    cos[j * nx + i] = Math.cos(2 * Math.PI * (3.0 * i / nx - 5.0 * j / ny));
                }
            }
            fft.forward(cos, s);
            assertEquals(half, s.re(ny - 5, 3), 1e-12);
            assertEquals(0.0, s.re(5, 3), 1e-12);
        }
    }

    /** Every bin, Nyquist row and column included, against the defining double sum. */
    @Test
    void matchesDirectDftOnEveryBin() {
        int nx = 8;
        int ny = 6;
        Grid grid = new Grid(nx, ny, 1.0, 1.0);
        double[] x = random(grid.size(), 11);
        try (RealFft2D fft = RealFft2D.of(grid)) {
            SpectralField s = fft.newSpectrum();
            fft.forward(x, s);
            for (int r = 0; r < ny; r++) {
                for (int c = 0; c <= nx / 2; c++) {
                    double re = 0;
                    double im = 0;
                    for (int j = 0; j < ny; j++) {
                        for (int i = 0; i < nx; i++) {
                            double phase = -2 * Math.PI * ((double) c * i / nx + (double) r * j / ny);
                            re += x[j * nx + i] * Math.cos(phase);
                            im += x[j * nx + i] * Math.sin(phase);
                        }
                    }
                    assertEquals(re, s.re(r, c), 1e-12, "re at " + r + "," + c);
                    assertEquals(im, s.im(r, c), 1e-12, "im at " + r + "," + c);
                }
            }
        }
    }

    /** numpy's irfft2 ignores the imaginary part of self-conjugate bins such as DC. */
    @Test
    void inverseIgnoresImaginaryPartOfDcLikeNumpy() {
        Grid grid = Grid.square(8, 1.0);
        try (RealFft2D fft = RealFft2D.of(grid)) {
            SpectralField s = fft.newSpectrum();
            s.set(0, 0, 64.0, 5.0);
            double[] x = new double[grid.size()];
            fft.inverse(s, x);
            for (double v : x) {
                assertEquals(1.0, v, 1e-15);
            }
        }
    }

    @Test
    void twoThreadsGiveBitwiseTheSameResult() {
        Grid grid = new Grid(64, 96, 1.0, 1.0);
        double[] x = random(grid.size(), 5);
        try (RealFft2D one = RealFft2D.of(grid); RealFft2D two = RealFft2D.of(grid, 2)) {
            SpectralField a = one.newSpectrum();
            SpectralField b = two.newSpectrum();
            one.forward(x, a);
            two.forward(x, b);
            assertArrayEquals(a.re(), b.re(), 0.0);
            assertArrayEquals(a.im(), b.im(), 0.0);
            double[] xa = new double[x.length];
            double[] xb = new double[x.length];
            one.inverse(a, xa);
            two.inverse(b, xb);
            assertArrayEquals(xa, xb, 0.0);
        }
    }

    @Test
    void rejectsOddSizesAndWrongLengths() {
        IllegalArgumentException odd = assertThrows(IllegalArgumentException.class,
                () -> RealFft2D.of(new Grid(15, 16, 1.0, 1.0)));
        assertTrue(odd.getMessage().contains("even"), odd.getMessage());
        try (RealFft2D fft = RealFft2D.of(Grid.square(8, 1.0))) {
            assertThrows(IllegalArgumentException.class, () -> fft.forward(new double[63], fft.newSpectrum()));
            assertThrows(IllegalArgumentException.class, () -> fft.forward(new double[64], SpectralField.zeros(8, 16)));
        }
    }
}
