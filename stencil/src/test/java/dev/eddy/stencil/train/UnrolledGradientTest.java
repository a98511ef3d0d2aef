package dev.eddy.stencil.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.stencil.model.CnnConfig;
import dev.eddy.stencil.model.LiConfig;
import dev.eddy.stencil.step.BatchArrays;
import dev.eddy.stencil.step.FlowParameters;
import dev.eddy.stencil.step.FvStepGraph;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Gradients of the unrolled loss (N = 8, batch 2, K = 2) against central finite differences, double precision. */
class UnrolledGradientTest {

    private static final int N = 8;
    private static final int K = 2;
    private static final double EPS = 1e-6;

    private static final FlowParameters FLOW = FlowParameters.kolmogorov(N);
    private static final LiConfig CONFIG = LiConfig.published(new CnnConfig(1, 4, 0.1, 42));

    private static INDArray w0;
    private static INDArray targets;

    @BeforeAll
    static void data() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        double[][][] initial = {SyntheticFlows.divergenceFree(N, 3, 5.0, 101),
            SyntheticFlows.divergenceFree(N, 3, 5.0, 202)};
        w0 = BatchArrays.toArray(initial, N, DataType.DOUBLE);
        targets = classicalTrajectory(w0).mul(1.05);
    }

    /** Targets: the classical (Lax–Wendroff + TVD) trajectory, scaled so the loss is not at a minimum. */
    static INDArray classicalTrajectory(INDArray start) {
        SameDiff sd = SameDiff.create();
        FvStepGraph graph = new FvStepGraph(sd, FLOW, DataType.DOUBLE);
        SDVariable w = sd.placeHolder("w", DataType.DOUBLE, -1, 2, N, N);
        SDVariable[] states = new SDVariable[K];
        for (int k = 0; k < K; k++) {
            w = graph.classicalStep(w);
            states[k] = w;
        }
        SDVariable stacked = sd.stack(1, states);
        return sd.output(Map.of("w", start), stacked.name()).get(stacked.name());
    }

    @Test
    void wholeUnrollGradientMatchesFiniteDifferences() {
        WholeUnrollObjective objective = new WholeUnrollObjective(FLOW, CONFIG, K, DataType.DOUBLE);
        TrainingObjective.LossAndGradient lg = objective.evaluate(w0, targets);
        assertEquals(objective.loss(w0, targets), lg.loss(), 1e-14 * lg.loss());
        SplittableRandom random = new SplittableRandom(9);
        Map<String, INDArray> theta = objective.parameters();
        int checked = 0;
        for (String name : objective.parameterNames()) {
            INDArray p = theta.get(name);
            for (int trial = 0; trial < 3; trial++) {
                long index = random.nextLong(p.length());
                double analytic = lg.gradients().get(name).getDouble(index);
                double numeric = centralDifference(objective, theta, name, index);
                assertClose(numeric, analytic, name + "[" + index + "]");
                checked++;
            }
        }
        assertTrue(checked >= 12);
        objective.setParameters(theta);
        assertEquals(lg.loss(), objective.loss(w0, targets), 0.0, "parameters restored");
    }

    @Test
    void wholeUnrollDirectionalDerivativeMatchesFiniteDifference() {
        WholeUnrollObjective objective = new WholeUnrollObjective(FLOW, CONFIG, K, DataType.DOUBLE);
        TrainingObjective.LossAndGradient lg = objective.evaluate(w0, targets);
        Map<String, INDArray> theta = objective.parameters();
        SplittableRandom random = new SplittableRandom(77);
        Map<String, INDArray> direction = new java.util.LinkedHashMap<>();
        double analytic = 0;
        for (String name : objective.parameterNames()) {
            INDArray d = Nd4j.zeros(DataType.DOUBLE, theta.get(name).shape());
            for (long i = 0; i < d.length(); i++) {
                d.putScalar(i, random.nextGaussian());
            }
            direction.put(name, d);
            analytic += lg.gradients().get(name).mul(d).sumNumber().doubleValue();
        }
        objective.setParameters(shifted(theta, direction, EPS));
        double plus = objective.loss(w0, targets);
        objective.setParameters(shifted(theta, direction, -EPS));
        double minus = objective.loss(w0, targets);
        assertClose((plus - minus) / (2 * EPS), analytic, "directional derivative");
    }

    @Test
    void steppedModeGivesTheSameLossAndGradientsAsTheWholeUnroll() {
        WholeUnrollObjective whole = new WholeUnrollObjective(FLOW, CONFIG, K, DataType.DOUBLE);
        SteppedObjective stepped = new SteppedObjective(FLOW, CONFIG, K, 2, DataType.DOUBLE);
        TrainingObjective.LossAndGradient a = whole.evaluate(w0, targets);
        TrainingObjective.LossAndGradient b = stepped.evaluate(w0, targets);
        assertEquals(a.loss(), b.loss(), 1e-12 * a.loss());
        assertEquals(a.loss(), stepped.loss(w0, targets), 1e-12 * a.loss());
        for (String name : whole.parameterNames()) {
            INDArray ga = a.gradients().get(name);
            INDArray gb = b.gradients().get(name);
            double scale = Math.max(1e-12, ga.norm2Number().doubleValue());
            double diff = ga.sub(gb).norm2Number().doubleValue();
            assertTrue(diff <= 1e-10 * scale, name + ": |Δg| = " + diff + " vs |g| = " + scale);
        }
    }

    /** The step-by-step graph is the same for any unroll length; the whole-unroll graph grows by one step per K. */
    @Test
    void steppedGraphSizeDoesNotGrowWithTheUnroll() {
        int stepped1 = new SteppedObjective(FLOW, CONFIG, 1, 2, DataType.DOUBLE).graphOps();
        int stepped8 = new SteppedObjective(FLOW, CONFIG, 8, 2, DataType.DOUBLE).graphOps();
        int whole1 = new WholeUnrollObjective(FLOW, CONFIG, 1, DataType.DOUBLE).graphOps();
        int whole3 = new WholeUnrollObjective(FLOW, CONFIG, 3, DataType.DOUBLE).graphOps();
        assertEquals(stepped1, stepped8);
        assertTrue(whole3 - whole1 > 2 * 100, "whole-unroll graph: " + whole1 + " → " + whole3 + " ops");
    }

    private static double centralDifference(UnrolledObjective objective, Map<String, INDArray> theta, String name,
            long index) {
        Map<String, INDArray> plus = copy(theta);
        plus.get(name).putScalar(index, theta.get(name).getDouble(index) + EPS);
        objective.setParameters(plus);
        double lp = objective.loss(w0, targets);
        Map<String, INDArray> minus = copy(theta);
        minus.get(name).putScalar(index, theta.get(name).getDouble(index) - EPS);
        objective.setParameters(minus);
        double lm = objective.loss(w0, targets);
        objective.setParameters(theta);
        return (lp - lm) / (2 * EPS);
    }

    private static Map<String, INDArray> shifted(Map<String, INDArray> theta, Map<String, INDArray> d, double eps) {
        Map<String, INDArray> out = new java.util.LinkedHashMap<>();
        theta.forEach((k, v) -> out.put(k, v.add(d.get(k).mul(eps))));
        return out;
    }

    private static Map<String, INDArray> copy(Map<String, INDArray> theta) {
        Map<String, INDArray> out = new java.util.LinkedHashMap<>();
        theta.forEach((k, v) -> out.put(k, v.dup()));
        return out;
    }

    private static void assertClose(double numeric, double analytic, String what) {
        double tolerance = 1e-5 * Math.max(Math.abs(numeric), Math.abs(analytic)) + 1e-9;
        assertTrue(Math.abs(numeric - analytic) <= tolerance,
                what + ": finite difference " + numeric + " vs autodiff " + analytic);
    }

}
