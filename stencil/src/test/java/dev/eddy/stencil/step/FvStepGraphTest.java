package dev.eddy.stencil.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.stencil.model.StencilConstraint;
import dev.eddy.stencil.model.StencilLayer;
import dev.eddy.stencil.train.SyntheticFlows;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class FvStepGraphTest {

    private static final int STEPS = 4;

    @BeforeAll
    static void doublePrecision() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    }

    private static double[][][] batch(int n, long seed) {
        return new double[][][] {SyntheticFlows.divergenceFree(n, 3, 7.0, seed),
            SyntheticFlows.divergenceFree(n, 3, 7.0, seed + 17)};
    }

    @Test
    void classicalGraphMatchesTheSolverStepOverSeveralSteps() {
        for (int n : new int[] {8, 16}) {
            FlowParameters p = FlowParameters.kolmogorov(n);
            double[][][] w0 = batch(n, 11 + n);
            SameDiff sd = SameDiff.create();
            FvStepGraph graph = new FvStepGraph(sd, p, DataType.DOUBLE);
            SDVariable w = sd.placeHolder("w", DataType.DOUBLE, -1, 2, n, n);
            SDVariable out = w;
            for (int k = 0; k < STEPS; k++) {
                out = graph.classicalStep(out);
            }
            INDArray result = sd.output(Map.of("w", BatchArrays.toArray(w0, n, DataType.DOUBLE)),
                    out.name()).get(out.name());
            double[][][] got = BatchArrays.toFields(result);
            SolverOracle ref = new SolverOracle(p);
            for (int s = 0; s < w0.length; s++) {
                double[][] expected = w0[s];
                for (int k = 0; k < STEPS; k++) {
                    expected = ref.classical(expected[0], expected[1]);
                }
                assertClose(expected, got[s], 1e-12);
                assertTrue(maxAbsDifference(expected, w0[s]) > 1e-3, "the flow must actually evolve");
            }
        }
    }

    @Test
    void learnedStepWithArbitraryCoefficientsMatchesReference() {
        int n = 8;
        FlowParameters p = FlowParameters.kolmogorov(n);
        double[][][] w0 = batch(n, 5);
        SplittableRandom random = new SplittableRandom(7);
        double[][][] coef = new double[w0.length][128][n * n];
        for (double[][] sample : coef) {
            for (double[] channel : sample) {
                for (int k = 0; k < channel.length; k++) {
                    channel[k] = 0.1 * random.nextGaussian();
                }
            }
        }
        for (boolean wrap : new boolean[] {false, true}) {
            SameDiff sd = SameDiff.create();
            FvStepGraph graph = new FvStepGraph(sd, p, DataType.DOUBLE);
            SDVariable w = sd.placeHolder("w", DataType.DOUBLE, -1, 2, n, n);
            SDVariable c = sd.placeHolder("c", DataType.DOUBLE, -1, 128, n, n);
            SDVariable out = graph.learnedStep(w, c, wrap, false);
            INDArray result = sd.output(Map.of("w", BatchArrays.toArray(w0, n, DataType.DOUBLE),
                    "c", BatchArrays.toArray(coef, n, DataType.DOUBLE)), out.name()).get(out.name());
            double[][][] got = BatchArrays.toFields(result);
            SolverOracle ref = new SolverOracle(p);
            for (int s = 0; s < w0.length; s++) {
                assertClose(ref.learned(w0[s][0], w0[s][1], coef[s], wrap), got[s], 1e-12);
            }
        }
    }

    /** Published LI at zero network output: linear interpolation, TVD(upwind, linear) advected value. */
    @Test
    void zeroLogitsGiveLinearInterpolationWithTvdOnTheAdvectedValue() {
        int n = 8;
        FlowParameters p = FlowParameters.kolmogorov(n);
        double[][][] w0 = batch(n, 23);
        double[][][] got = zeroLogitStep(p, w0, false);
        SolverOracle ref = new SolverOracle(p);
        double[][] bias = new double[128][n * n];
        for (int m = 0; m < 8; m++) {
            double[] b = StencilConstraint.bias(m);
            for (int s = 0; s < 16; s++) {
                java.util.Arrays.fill(bias[16 * m + s], b[s]);
            }
        }
        for (int s = 0; s < w0.length; s++) {
            assertClose(ref.learned(w0[s][0], w0[s][1], bias, true), got[s], 1e-12);
        }
    }

    /** With the Lax–Wendroff term, zero network output is the solver's classical step, to 1e-12 in double. */
    @Test
    void zeroLogitsWithLaxWendroffTermEqualTheClassicalSolverStep() {
        for (int n : new int[] {8, 16}) {
            FlowParameters p = FlowParameters.kolmogorov(n);
            double[][][] w0 = batch(n, 29 + n);
            double[][][] got = zeroLogitStep(p, w0, true);
            SolverOracle ref = new SolverOracle(p);
            for (int s = 0; s < w0.length; s++) {
                double[][] expected = ref.classical(w0[s][0], w0[s][1]);
                assertClose(expected, got[s], 1e-12);
                assertTrue(maxAbsDifference(expected, w0[s]) > 1e-3, "the flow must actually evolve");
            }
        }
    }

    private static double[][][] zeroLogitStep(FlowParameters p, double[][][] w0, boolean laxWendroff) {
        int n = p.n();
        StencilConstraint constraint = StencilConstraint.ofOrder(1);
        SameDiff sd = SameDiff.create();
        FvStepGraph graph = new FvStepGraph(sd, p, DataType.DOUBLE);
        StencilLayer layer = new StencilLayer(sd, constraint, DataType.DOUBLE);
        SDVariable w = sd.placeHolder("w", DataType.DOUBLE, -1, 2, n, n);
        SDVariable logits = sd.placeHolder("logits", DataType.DOUBLE, -1, constraint.logitChannels(), n, n);
        SDVariable out = graph.learnedStep(w, layer.coefficients(logits), true, laxWendroff);
        INDArray result = sd.output(Map.of("w", BatchArrays.toArray(w0, n, DataType.DOUBLE),
                "logits", Nd4j.zeros(DataType.DOUBLE, w0.length, constraint.logitChannels(), n, n)), out.name())
                .get(out.name());
        return BatchArrays.toFields(result);
    }

    @Test
    void stepLeavesTheVelocityDiscretelyDivergenceFree() {
        int n = 16;
        FlowParameters p = FlowParameters.kolmogorov(n);
        double[][][] w0 = batch(n, 3);
        SameDiff sd = SameDiff.create();
        FvStepGraph graph = new FvStepGraph(sd, p, DataType.DOUBLE);
        SDVariable w = sd.placeHolder("w", DataType.DOUBLE, -1, 2, n, n);
        SDVariable out = graph.classicalStep(w);
        double[][][] got = BatchArrays.toFields(sd.output(Map.of("w", BatchArrays.toArray(w0, n, DataType.DOUBLE)),
                out.name()).get(out.name()));
        double h = p.spacing();
        for (double[][] sample : got) {
            double maxDiv = 0;
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    double div = (sample[0][j * n + i] - sample[0][j * n + Math.floorMod(i - 1, n)]
                            + sample[1][j * n + i] - sample[1][Math.floorMod(j - 1, n) * n + i]) / h;
                    maxDiv = Math.max(maxDiv, Math.abs(div));
                }
            }
            assertTrue(maxDiv < 1e-11, "max |div| = " + maxDiv);
        }
    }

    static void assertClose(double[][] expected, double[][] actual, double tolerance) {
        double err = maxAbsDifference(expected, actual);
        assertTrue(err <= tolerance, "max abs difference " + err + " > " + tolerance);
        assertEquals(expected.length, actual.length);
    }

    static double maxAbsDifference(double[][] a, double[][] b) {
        double err = 0;
        for (int c = 0; c < a.length; c++) {
            for (int k = 0; k < a[c].length; k++) {
                err = Math.max(err, Math.abs(a[c][k] - b[c][k]));
            }
        }
        return err;
    }
}
