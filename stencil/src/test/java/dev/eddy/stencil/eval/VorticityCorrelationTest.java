package dev.eddy.stencil.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.stencil.train.SyntheticFlows;
import org.junit.jupiter.api.Test;

class VorticityCorrelationTest {

    /** ω of the discrete streamfunction field equals −Δ_h ψ's corner form; here checked on u = sin(y), v = 0. */
    @Test
    void vorticityOfAShearFlowIsMinusItsDerivative() {
        int n = 64;
        double h = 2 * Math.PI / n;
        double[] u = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                u[j * n + i] = Math.sin((j + 0.5) * h);
            }
        }
        double[] w = VorticityCorrelation.vorticity(u, new double[n * n], n);
        for (int j = 0; j < n; j++) {
            // centred difference at the corner y = (j+1)h: −cos((j+1)h)·sin(h/2)/(h/2)
            assertEquals(-Math.cos((j + 1) * h) * Math.sin(h / 2) / (h / 2), w[j * n + 3], 1e-12);
        }
    }

    @Test
    void correlationIsOneForIdenticalAndScaledFieldsAndMinusOneForOpposite() {
        double[][] f = SyntheticFlows.divergenceFree(16, 3, 2.0, 5);
        double[] w = VorticityCorrelation.vorticity(f[0], f[1], 16);
        double[] scaled = w.clone();
        double[] opposite = w.clone();
        for (int k = 0; k < w.length; k++) {
            scaled[k] *= 3;
            opposite[k] *= -1;
        }
        assertEquals(1.0, VorticityCorrelation.correlation(w, scaled), 1e-14);
        assertEquals(-1.0, VorticityCorrelation.correlation(w, opposite), 1e-14);
        double[][] g = SyntheticFlows.divergenceFree(16, 3, 2.0, 6);
        double r = VorticityCorrelation.correlation(w, VorticityCorrelation.vorticity(g[0], g[1], 16));
        assertTrue(Math.abs(r) < 0.9, "independent fields are not correlated: " + r);
    }

    @Test
    void timeUntilBelowIsTheFirstOutputUnderTheThreshold() {
        double[] rho = {0.99, 0.97, 0.9, 0.96, 0.7};
        assertEquals(3 * 0.5, VorticityCorrelation.timeUntilBelow(rho, 0.5, 0.95), 0.0);
        assertEquals(5 * 0.5, VorticityCorrelation.timeUntilBelow(rho, 0.5, 0.8), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, VorticityCorrelation.timeUntilBelow(rho, 0.5, 0.5));
    }

    @Test
    void countBasedDurationCountsOutputsAboveTheThresholdIncludingRecoveries() {
        double[] rho = {0.99, 0.97, 0.9, 0.96, 0.7};
        assertEquals(3 * 0.5, VorticityCorrelation.durationAbove(rho, 0.5, 0.95), 0.0, "0.96 after the drop counts");
        assertEquals(4 * 0.5, VorticityCorrelation.durationAbove(rho, 0.5, 0.8), 0.0);
        assertEquals(0.0, VorticityCorrelation.durationAbove(rho, 0.5, 0.999), 0.0);
    }
}
