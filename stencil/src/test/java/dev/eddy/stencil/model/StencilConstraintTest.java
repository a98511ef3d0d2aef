package dev.eddy.stencil.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class StencilConstraintTest {

    private static final int N = 4;
    private static final int BATCH = 3;

    @BeforeAll
    static void doublePrecision() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    }

    @Test
    void basisIsOrthonormalAndInTheNullSpace() {
        for (int order : new int[] {1, 2}) {
            StencilConstraint c = StencilConstraint.ofOrder(order);
            double[][] b = c.basis();
            int free = c.freePerInterpolation();
            assertEquals(order == 1 ? 15 : 13, free);
            for (int k = 0; k < free; k++) {
                double sum = 0;
                double momentX = 0;
                double momentY = 0;
                for (int ox = -1; ox <= 2; ox++) {
                    for (int oy = -1; oy <= 2; oy++) {
                        double x = b[StencilConstraint.index(ox, oy)][k];
                        sum += x;
                        momentX += x * ox;
                        momentY += x * oy;
                    }
                }
                assertEquals(0, sum, 1e-14);
                if (order == 2) {
                    assertEquals(0, momentX, 1e-14);
                    assertEquals(0, momentY, 1e-14);
                }
                for (int l = 0; l < free; l++) {
                    double dot = 0;
                    for (int s = 0; s < 16; s++) {
                        dot += b[s][k] * b[s][l];
                    }
                    assertEquals(k == l ? 1 : 0, dot, 1e-14);
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> StencilConstraint.ofOrder(3));
    }

    /** Any network output (here large random logits) gives stencils with Σc = 1: exact on constants. */
    @Test
    void coefficientsSumToOneForAnyLogits() {
        for (int order : new int[] {1, 2}) {
            double[][][][] coef = coefficients(order, randomLogits(order, 31));
            for (double[][][] sample : coef) {
                for (int m = 0; m < 8; m++) {
                    for (int cell = 0; cell < N * N; cell++) {
                        double sum = 0;
                        for (int s = 0; s < 16; s++) {
                            sum += sample[m][s][cell];
                        }
                        assertEquals(1.0, sum, 1e-12);
                    }
                }
            }
        }
    }

    /** Order 2: every network output interpolates linear fields exactly to the face. */
    @Test
    void orderTwoStencilsAreExactOnLinearFieldsForAnyLogits() {
        double[][][][] coef = coefficients(2, randomLogits(2, 5));
        assertTrue(maxLinearError(coef) < 1e-11, "linear-field error " + maxLinearError(coef));
    }

    /** Order 1 (published) is exact on linear fields at zero logits only; random logits break it. */
    @Test
    void orderOneIsExactOnLinearFieldsOnlyAtZeroLogits() {
        double[][][][] zero = coefficients(1, Nd4j.zeros(DataType.DOUBLE, BATCH, StencilConstraint.ofOrder(1)
                .logitChannels(), N, N));
        assertTrue(maxLinearError(zero) < 1e-12);
        assertTrue(maxLinearError(coefficients(1, randomLogits(1, 5))) > 1e-3);
    }

    /** Σ_s c_s f(ox_s, oy_s) − f(target) for f = 0.3 + 1.7x − 2.9y and f = 5x + 4y, max over everything. */
    private static double maxLinearError(double[][][][] coef) {
        double[][] fields = {{0.3, 1.7, -2.9}, {0, 5, 4}};
        double err = 0;
        for (double[][][] sample : coef) {
            for (int m = 0; m < 8; m++) {
                double[] t = StencilConstraint.target(m);
                for (double[] f : fields) {
                    for (int cell = 0; cell < N * N; cell++) {
                        double sum = 0;
                        for (int ox = -1; ox <= 2; ox++) {
                            for (int oy = -1; oy <= 2; oy++) {
                                sum += sample[m][StencilConstraint.index(ox, oy)][cell] * (f[0] + f[1] * ox + f[2] * oy);
                            }
                        }
                        err = Math.max(err, Math.abs(sum - (f[0] + f[1] * t[0] + f[2] * t[1])));
                    }
                }
            }
        }
        return err;
    }

    private static INDArray randomLogits(int order, long seed) {
        int channels = StencilConstraint.ofOrder(order).logitChannels();
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[BATCH * channels * N * N];
        for (int k = 0; k < values.length; k++) {
            values[k] = 10 * random.nextGaussian();
        }
        return Nd4j.create(values, new long[] {BATCH, channels, N, N});
    }

    /** Coefficients from the SameDiff layer, as {@code [B][m][s][cell]}. */
    private static double[][][][] coefficients(int order, INDArray logits) {
        SameDiff sd = SameDiff.create();
        StencilLayer layer = new StencilLayer(sd, StencilConstraint.ofOrder(order), DataType.DOUBLE);
        SDVariable in = sd.placeHolder("logits", DataType.DOUBLE, -1, logits.size(1), N, N);
        SDVariable out = layer.coefficients(in);
        INDArray c = sd.output(Map.of("logits", logits), out.name()).get(out.name());
        assertEquals(128, c.size(1));
        double[] flat = c.dup('c').data().asDouble();
        double[][][][] result = new double[BATCH][8][16][N * N];
        for (int b = 0; b < BATCH; b++) {
            for (int m = 0; m < 8; m++) {
                for (int s = 0; s < 16; s++) {
                    System.arraycopy(flat, ((b * 128) + 16 * m + s) * N * N, result[b][m][s], 0, N * N);
                }
            }
        }
        return result;
    }
}
