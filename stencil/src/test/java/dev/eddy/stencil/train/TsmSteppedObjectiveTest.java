package dev.eddy.stencil.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.stencil.model.BundlingSchedule;
import dev.eddy.stencil.model.CnnConfig;
import dev.eddy.stencil.model.HistoryFeatureSpec;
import dev.eddy.stencil.model.LiConfig;
import dev.eddy.stencil.model.TsmConfig;
import dev.eddy.stencil.step.BatchArrays;
import dev.eddy.stencil.step.FlowParameters;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** The step-by-step TSM objective against the whole unroll (N = 8, batch 2, CNN 1×4, double precision). */
class TsmSteppedObjectiveTest {

    private static final int N = 8;
    private static final int BATCH = 2;
    private static final int H = 3;
    private static final FlowParameters FLOW = FlowParameters.kolmogorov(N);

    @BeforeAll
    static void doublePrecision() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    }

    private static TsmConfig config(HistoryFeatureSpec features, BundlingSchedule.Cadence cadence) {
        return new TsmConfig(new CnnConfig(1, 4, 0.1, 11), features, new BundlingSchedule(2, cadence),
                LiConfig.published(new CnnConfig(0, 1, 1.0, 1)));
    }

    /**
     * Fixed cadence, K = 3: two network segments (the second one shorter), so the first call's gradient reaches the
     * loss through the carried features and state. Published cadence, K = 5: a zero-logit head, then one call whose
     * slices are 0, 1, 1.
     */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(HistoryFeatureSpec.publishedHippo(4, H), BundlingSchedule.Cadence.FIXED, 3),
                Arguments.of(HistoryFeatureSpec.publishedHippo(4, H), BundlingSchedule.Cadence.PUBLISHED, 5),
                Arguments.of(HistoryFeatureSpec.raw(H), BundlingSchedule.Cadence.FIXED, 3),
                Arguments.of(HistoryFeatureSpec.raw(H), BundlingSchedule.Cadence.PUBLISHED, 5));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void steppedModeGivesTheSameLossAndGradientsAsTheWholeUnroll(HistoryFeatureSpec features,
            BundlingSchedule.Cadence cadence, int k) {
        TsmConfig cfg = config(features, cadence);
        Window window = window(features, k);
        TsmUnrollObjective whole = new TsmUnrollObjective(FLOW, cfg, k, DataType.DOUBLE);
        TsmSteppedObjective stepped = new TsmSteppedObjective(FLOW, cfg, k, BATCH, DataType.DOUBLE);
        TrainingObjective.LossAndGradient a = whole.evaluate(window.w0, window.features0, window.targets);
        TrainingObjective.LossAndGradient b = stepped.evaluate(window.w0, window.features0, window.targets);
        assertTrue(a.loss() > 1e-6, "the loss must not vanish");
        assertEquals(a.loss(), b.loss(), 1e-12 * a.loss());
        assertEquals(a.loss(), stepped.loss(window.w0, window.features0, window.targets), 1e-12 * a.loss());
        assertEquals(whole.parameterNames(), stepped.parameterNames());
        for (String name : whole.parameterNames()) {
            INDArray ga = a.gradients().get(name);
            INDArray gb = b.gradients().get(name);
            double scale = ga.norm2Number().doubleValue();
            double diff = ga.sub(gb).norm2Number().doubleValue();
            assertTrue(scale > 1e-9, name + ": gradient must not vanish");
            assertTrue(diff <= 1e-10 * scale, name + ": |Δg| = " + diff + " vs |g| = " + scale);
        }
    }

    /** The segment graphs depend on B and the cadence only; the whole-unroll graph grows with K. */
    @Test
    void steppedGraphSizeDoesNotGrowWithTheUnroll() {
        HistoryFeatureSpec hippo = HistoryFeatureSpec.publishedHippo(4, H);
        TsmConfig fixed = config(hippo, BundlingSchedule.Cadence.FIXED);
        TsmSteppedObjective fixed2 = new TsmSteppedObjective(FLOW, fixed, 2, BATCH, DataType.DOUBLE);
        TsmSteppedObjective fixed16 = new TsmSteppedObjective(FLOW, fixed, 16, BATCH, DataType.DOUBLE);
        assertEquals(1, fixed16.segmentGraphs());
        assertEquals(fixed2.graphOps(), fixed16.graphOps());
        TsmConfig published = config(hippo, BundlingSchedule.Cadence.PUBLISHED);
        TsmSteppedObjective published5 = new TsmSteppedObjective(FLOW, published, 5, BATCH, DataType.DOUBLE);
        TsmSteppedObjective published17 = new TsmSteppedObjective(FLOW, published, 17, BATCH, DataType.DOUBLE);
        assertEquals(2, published17.segmentGraphs(), "the zero-logit head and one B + 1 step body");
        assertEquals(published5.graphOps(), published17.graphOps());
        int whole2 = new TsmUnrollObjective(FLOW, fixed, 2, DataType.DOUBLE).graphOps();
        int whole4 = new TsmUnrollObjective(FLOW, fixed, 4, DataType.DOUBLE).graphOps();
        assertTrue(whole4 - whole2 > 2 * 100, "whole-unroll graph: " + whole2 + " → " + whole4 + " ops");
    }

    private record Window(INDArray w0, INDArray features0, INDArray targets) {
    }

    /** H history frames and K targets of independent smooth divergence-free fields (the loss is far from 0). */
    private static Window window(HistoryFeatureSpec spec, int k) {
        double[][][] w = new double[BATCH][][];
        double[][][] features = new double[BATCH][][];
        INDArray targets = Nd4j.create(DataType.DOUBLE, BATCH, k, 2, N, N);
        for (int b = 0; b < BATCH; b++) {
            double[][][] frames = new double[H + k][][];
            for (int t = 0; t < frames.length; t++) {
                frames[t] = SyntheticFlows.divergenceFree(N, 3, 5.0, 300 + 20L * b + t);
            }
            w[b] = frames[H - 1];
            features[b] = spec.initialFeatures(Arrays.copyOf(frames, H - 1), N);
            for (int s = 0; s < k; s++) {
                targets.get(NDArrayIndex.point(b), NDArrayIndex.point(s)).assign(BatchArrays.toArray(
                        new double[][][] {frames[H + s]}, N, DataType.DOUBLE).reshape(2, N, N));
            }
        }
        return new Window(BatchArrays.toArray(w, N, DataType.DOUBLE), BatchArrays.toArray(features, N, DataType.DOUBLE),
                targets);
    }
}
