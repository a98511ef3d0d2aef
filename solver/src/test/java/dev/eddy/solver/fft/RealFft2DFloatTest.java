package dev.eddy.solver.fft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.solver.grid.Grid;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RealFft2DFloatTest {

    @Test
    void agreesWithTheDoubleTransformToFloatRounding() {
        Grid grid = new Grid(32, 24, 1.0, 1.0);
        Random rng = new Random(1);
        double[] x = new double[grid.size()];
        float[] xf = new float[grid.size()];
        for (int i = 0; i < x.length; i++) {
            xf[i] = (float) rng.nextGaussian();
            x[i] = xf[i];
        }
        try (RealFft2D fft = RealFft2D.of(grid); RealFft2DFloat fftf = RealFft2DFloat.of(grid, 2)) {
            SpectralField s = fft.newSpectrum();
            SpectralFieldFloat sf = fftf.newSpectrum();
            fft.forward(x, s);
            fftf.forward(xf, sf);
            double scale = Math.sqrt(grid.size());
            for (int k = 0; k < s.size(); k++) {
                assertEquals(s.re()[k], sf.re()[k], 1e-5 * scale);
                assertEquals(s.im()[k], sf.im()[k], 1e-5 * scale);
            }
            float[] back = new float[xf.length];
            fftf.inverse(sf, back);
            double err = 0;
            for (int i = 0; i < xf.length; i++) {
                err = Math.max(err, Math.abs(back[i] - xf[i]));
            }
            assertTrue(err < 1e-5, "float round trip error " + err);
        }
    }
}
