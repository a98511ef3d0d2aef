package dev.eddy.stencil.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.hippo.HistoryEncoder;
import dev.eddy.hippo.StepSchedule;
import dev.eddy.stencil.step.BatchArrays;
import dev.eddy.stencil.step.FlowParameters;
import dev.eddy.stencil.step.FvStepGraph;
import dev.eddy.stencil.train.SyntheticFlows;
import dev.eddy.stencil.train.TsmUnrollObjective;
import dev.eddy.stencil.train.TrainingObjective;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** HiPPO feature plumbing, bundling cadence in the graph, and TSM gradients (N = 8). */
class TemporalStencilModelTest {

    private static final int N = 8;
    private static final FlowParameters FLOW = FlowParameters.kolmogorov(N);

    @BeforeAll
    static void doublePrecision() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    }

    private static double[][][] frames(int count, long seed) {
        double[][][] f = new double[count][][];
        for (int t = 0; t < count; t++) {
            f[t] = SyntheticFlows.divergenceFree(N, 3, 5.0, seed + t);
        }
        return f;
    }

    /** Java-encoded frames 0..H−2 plus the graph's push of frame H−1 equal hippo's streaming encoder over H frames. */
    @Test
    void hippoFeaturesInTheGraphContinueTheHippoEncoder() {
        int h = 5;
        HistoryFeatureSpec spec = HistoryFeatureSpec.publishedHippo(6, h);
        double[][][] history = frames(h, 40);
        double[][] initial = spec.initialFeatures(java.util.Arrays.copyOf(history, h - 1), N);
        SameDiff sd = SameDiff.create();
        TemporalFeatures features = spec.build(sd, N, DataType.DOUBLE);
        assertEquals(12, features.channels());
        SDVariable f0 = sd.placeHolder("f0", DataType.DOUBLE, -1, 12, N, N);
        SDVariable w = sd.placeHolder("w", DataType.DOUBLE, -1, 2, N, N);
        SDVariable pushed = features.push(f0, w);
        INDArray out = sd.output(Map.of("f0", BatchArrays.toArray(new double[][][] {initial}, N, DataType.DOUBLE),
                "w", BatchArrays.toArray(new double[][][] {history[h - 1]}, N, DataType.DOUBLE)), pushed.name())
                .get(pushed.name());
        double[][] got = BatchArrays.toFields(out)[0];

        HistoryEncoder.StreamState stream = HistoryEncoder.of(StepSchedule.timeInvariant(spec.system()), h)
                .newStream(N * N * 2);
        for (double[][] frame : history) {
            double[] values = new double[N * N * 2];
            for (int cell = 0; cell < N * N; cell++) {
                values[cell * 2] = frame[0][cell];
                values[cell * 2 + 1] = frame[1][cell];
            }
            stream.push(values);
        }
        double[] expected = stream.coefficients();
        double err = 0;
        double scale = 0;
        for (int cell = 0; cell < N * N; cell++) {
            for (int c = 0; c < 2; c++) {
                for (int k = 0; k < 6; k++) {
                    double e = expected[(cell * 2 + c) * 6 + k];
                    err = Math.max(err, Math.abs(e - got[c * 6 + k][cell]));
                    scale = Math.max(scale, Math.abs(e));
                }
            }
        }
        assertTrue(scale > 0.1, "features must be non-trivial");
        assertTrue(err <= 1e-12 * scale, "graph vs streaming encoder: " + err);
    }

    @Test
    void rawHistoryFeaturesHoldTheLastHFrames() {
        int h = 3;
        HistoryFeatureSpec spec = HistoryFeatureSpec.raw(h);
        double[][][] history = frames(h, 7);
        double[][] initial = spec.initialFeatures(java.util.Arrays.copyOf(history, h - 1), N);
        SameDiff sd = SameDiff.create();
        TemporalFeatures features = spec.build(sd, N, DataType.DOUBLE);
        SDVariable f0 = sd.placeHolder("f0", DataType.DOUBLE, -1, 2 * h, N, N);
        SDVariable w = sd.placeHolder("w", DataType.DOUBLE, -1, 2, N, N);
        SDVariable pushed = features.push(f0, w);
        double[][] got = BatchArrays.toFields(sd.output(Map.of(
                "f0", BatchArrays.toArray(new double[][][] {initial}, N, DataType.DOUBLE),
                "w", BatchArrays.toArray(new double[][][] {history[h - 1]}, N, DataType.DOUBLE)), pushed.name())
                .get(pushed.name()))[0];
        for (int t = 0; t < h; t++) {
            for (int c = 0; c < 2; c++) {
                assertEquals(0.0, maxDiff(history[t][c], got[c * h + t]), 0.0, "frame " + t + " component " + c);
            }
        }
    }

    /** Published cadence: the first B steps use zero logits, i.e. the bias stencils, whatever the network weights. */
    @Test
    void publishedCadenceStartsWithBiasStencilsAndFixedCadenceCallsTheNetworkEveryBSteps() {
        TsmConfig published = config(new BundlingSchedule(2, BundlingSchedule.Cadence.PUBLISHED));
        SameDiff sd = SameDiff.create();
        TemporalStencilModel tsm = new TemporalStencilModel(sd, FLOW, published, DataType.DOUBLE);
        SDVariable w0 = sd.placeHolder("w0", DataType.DOUBLE, -1, 2, N, N);
        SDVariable f0 = sd.placeHolder("f0", DataType.DOUBLE, -1, tsm.featureChannels(), N, N);
        SDVariable[] states = tsm.unroll(w0, f0, 2);
        assertEquals(0, tsm.networkCalls());
        FvStepGraph fv = new FvStepGraph(sd, FLOW, DataType.DOUBLE);
        StencilLayer layer = new StencilLayer(sd, StencilConstraint.ofOrder(1), DataType.DOUBLE);
        SDVariable zero = sd.constant(Nd4j.zeros(DataType.DOUBLE, 1, 120, N, N));
        SDVariable reference = w0;
        for (int k = 0; k < 2; k++) {
            reference = fv.learnedStep(reference, layer.coefficients(zero), true, false);
        }
        double[][][] w = {SyntheticFlows.divergenceFree(N, 3, 5.0, 3), SyntheticFlows.divergenceFree(N, 3, 5.0, 4)};
        Map<String, INDArray> out = sd.output(Map.of("w0", BatchArrays.toArray(w, N, DataType.DOUBLE),
                "f0", Nd4j.rand(DataType.DOUBLE, 2, tsm.featureChannels(), N, N)), states[1].name(), reference.name());
        assertEquals(0.0, out.get(states[1].name()).sub(out.get(reference.name())).amaxNumber().doubleValue(), 1e-13);

        SameDiff sd2 = SameDiff.create();
        TemporalStencilModel fixed2 = new TemporalStencilModel(sd2, FLOW,
                config(new BundlingSchedule(2, BundlingSchedule.Cadence.FIXED)), DataType.DOUBLE);
        fixed2.unroll(sd2.placeHolder("w0", DataType.DOUBLE, -1, 2, N, N),
                sd2.placeHolder("f0", DataType.DOUBLE, -1, fixed2.featureChannels(), N, N), 5);
        assertEquals(3, fixed2.networkCalls(), "steps 0, 2, 4 of 5 with B = 2");
    }

    /** The unrolled TSM loss: directional derivative over all weights vs central difference (through HiPPO). */
    @Test
    void tsmGradientMatchesFiniteDifferences() {
        int k = 3;
        TsmConfig cfg = config(new BundlingSchedule(2, BundlingSchedule.Cadence.FIXED));
        TsmUnrollObjective objective = new TsmUnrollObjective(FLOW, cfg, k, DataType.DOUBLE);
        int h = cfg.features().historyFrames();
        double[][][] w = new double[2][][];
        double[][][] f = new double[2][][];
        double[][][][] targetFrames = new double[2][k][][];
        for (int b = 0; b < 2; b++) {
            double[][][] history = frames(h + k, 60 + 10L * b);
            w[b] = history[h - 1];
            f[b] = cfg.features().initialFeatures(java.util.Arrays.copyOf(history, h - 1), N);
            for (int s = 0; s < k; s++) {
                targetFrames[b][s] = history[h + s];
            }
        }
        INDArray w0 = BatchArrays.toArray(w, N, DataType.DOUBLE);
        INDArray f0 = BatchArrays.toArray(f, N, DataType.DOUBLE);
        INDArray targets = Nd4j.create(DataType.DOUBLE, 2, k, 2, N, N);
        for (int b = 0; b < 2; b++) {
            for (int s = 0; s < k; s++) {
                targets.get(org.nd4j.linalg.indexing.NDArrayIndex.point(b),
                        org.nd4j.linalg.indexing.NDArrayIndex.point(s)).assign(BatchArrays.toArray(
                                new double[][][] {targetFrames[b][s]}, N, DataType.DOUBLE).reshape(2, N, N));
            }
        }
        TrainingObjective.LossAndGradient lg = objective.evaluate(w0, f0, targets);
        assertEquals(objective.loss(w0, f0, targets), lg.loss(), 1e-14 * lg.loss());
        Map<String, INDArray> theta = objective.parameters();
        SplittableRandom random = new SplittableRandom(5);
        double analytic = 0;
        Map<String, INDArray> plus = new LinkedHashMap<>();
        Map<String, INDArray> minus = new LinkedHashMap<>();
        double eps = 1e-6;
        for (String name : objective.parameterNames()) {
            INDArray d = Nd4j.zeros(DataType.DOUBLE, theta.get(name).shape());
            for (long i = 0; i < d.length(); i++) {
                d.putScalar(i, random.nextGaussian());
            }
            analytic += lg.gradients().get(name).mul(d).sumNumber().doubleValue();
            plus.put(name, theta.get(name).add(d.mul(eps)));
            minus.put(name, theta.get(name).sub(d.mul(eps)));
        }
        objective.setParameters(plus);
        double lp = objective.loss(w0, f0, targets);
        objective.setParameters(minus);
        double lm = objective.loss(w0, f0, targets);
        double numeric = (lp - lm) / (2 * eps);
        assertTrue(Math.abs(analytic) > 1e-8, "gradient must not vanish");
        assertTrue(Math.abs(numeric - analytic) <= 1e-5 * Math.abs(analytic) + 1e-10,
                "finite difference " + numeric + " vs autodiff " + analytic);
    }

    private static TsmConfig config(BundlingSchedule bundling) {
        return new TsmConfig(new CnnConfig(1, 4, 0.1, 11), HistoryFeatureSpec.publishedHippo(4, 3), bundling,
                LiConfig.published(new CnnConfig(0, 1, 1.0, 1)));
    }

    private static double maxDiff(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }
}
