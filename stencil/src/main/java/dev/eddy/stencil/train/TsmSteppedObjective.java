package dev.eddy.stencil.train;

import dev.eddy.stencil.model.BundlingSchedule;
import dev.eddy.stencil.model.HistoryFeatureSpec;
import dev.eddy.stencil.model.TsmConfig;
import dev.eddy.stencil.step.FlowParameters;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * {@link TsmObjective} driven segment by segment from Java, so graph and activation memory do not grow with the
 * unroll length K. The unroll is cut before every network call ({@link BundlingSchedule#segments}): B steps per
 * segment with the fixed cadence; with the published one, B zero-logit steps, then B + 1 steps per call. Each distinct
 * segment plan gets one {@link TsmSegmentGraph} (at most three: head, body, shorter tail), whatever K is.
 *
 * <p>Forward sweep: run the segments and keep only the state at each segment start, {@code (w_j, c_j)}. Backward
 * sweep, from λ_w = λ_c = 0 after the last segment: recompute segment j from {@code (w_j, c_j)} and differentiate
 * {@code ℓ_j = s·Σ (w − target)² + Σ w_end ⊙ λ_w + Σ c_end ⊙ λ_c}; add its parameter gradient and take its
 * gradients with respect to {@code (w_j, c_j)} as the next λ (the vector–Jacobian chain of {@link SteppedObjective},
 * with the history features as a second carried state). The loss equals the whole unroll's
 * {@code mean((w_k − target_k)²)}; s = 1/(batch·K·2·N²).
 *
 * <p>Memory: one segment's activations (at most B + 1 steps) plus K/B stored {@code (w, c)} pairs; the price is one
 * recomputed forward per segment but the last. The batch size is fixed at construction.
 */
public final class TsmSteppedObjective implements TsmObjective {

    private final TsmConfig config;
    private final int unroll;
    private final int batch;
    private final int n;
    private final DataType type;
    private final List<BundlingSchedule.Segment> segments;
    private final Map<List<BundlingSchedule.Step>, TsmSegmentGraph> graphs = new LinkedHashMap<>();
    private final TsmSegmentGraph first;

    public TsmSteppedObjective(FlowParameters p, TsmConfig config, int unroll, int batch, DataType type) {
        if (unroll < 1 || batch < 1) {
            throw new IllegalArgumentException("unroll and batch must be ≥ 1, got " + unroll + ", " + batch);
        }
        this.config = config;
        this.unroll = unroll;
        this.batch = batch;
        this.n = p.n();
        this.type = type;
        this.segments = config.bundling().segments(unroll);
        double scale = 1.0 / ((double) batch * unroll * 2 * n * n);
        for (BundlingSchedule.Segment segment : segments) {
            graphs.computeIfAbsent(segment.steps(), steps -> new TsmSegmentGraph(p, config, steps, batch, scale, type));
        }
        this.first = graphs.values().iterator().next();
        setParameters(first.parameters());
    }

    /** Distinct segment graphs (independent of K for K beyond a few bundles). */
    public int segmentGraphs() {
        return graphs.size();
    }

    @Override
    public HistoryFeatureSpec features() {
        return config.features();
    }

    @Override
    public int unroll() {
        return unroll;
    }

    /** Operations in all segment graphs together. */
    @Override
    public int graphOps() {
        return graphs.values().stream().mapToInt(TsmSegmentGraph::ops).sum();
    }

    @Override
    public List<String> parameterNames() {
        return first.model().parameterNames();
    }

    @Override
    public Map<String, INDArray> parameters() {
        return first.parameters();
    }

    @Override
    public void setParameters(Map<String, INDArray> values) {
        for (TsmSegmentGraph graph : graphs.values()) {
            graph.setParameters(values);
        }
    }

    @Override
    public LossAndGradient evaluate(INDArray w0, INDArray features0, INDArray targets) {
        checkShapes(w0, features0, targets);
        int count = segments.size();
        INDArray[] states = new INDArray[count];
        INDArray[] features = new INDArray[count];
        states[0] = w0.castTo(type).dup();
        features[0] = features0.castTo(type).dup();
        double loss = 0;
        for (int j = 0; j + 1 < count; j++) {
            TsmSegmentGraph.Forward out = graph(j).forward(states[j], features[j], targets(targets, j));
            states[j + 1] = out.state();
            features[j + 1] = out.features();
            loss += out.mse();
        }
        Map<String, INDArray> gradients = new LinkedHashMap<>();
        first.parameters().forEach((name, value) -> gradients.put(name, Nd4j.zeros(type, value.shape())));
        INDArray stateCotangent = Nd4j.zeros(type, states[0].shape());
        INDArray featureCotangent = Nd4j.zeros(type, features[0].shape());
        for (int j = count - 1; j >= 0; j--) {
            TsmSegmentGraph.Backward back = graph(j).backward(states[j], features[j], targets(targets, j),
                    stateCotangent, featureCotangent, j > 0);
            if (j == count - 1) {
                loss += back.mse();
            }
            back.parameterGradients().forEach((name, g) -> gradients.get(name).addi(g));
            stateCotangent = back.stateCotangent();
            featureCotangent = back.featureCotangent();
        }
        return new LossAndGradient(loss, gradients);
    }

    @Override
    public double loss(INDArray w0, INDArray features0, INDArray targets) {
        checkShapes(w0, features0, targets);
        INDArray state = w0.castTo(type).dup();
        INDArray features = features0.castTo(type).dup();
        double loss = 0;
        for (int j = 0; j < segments.size(); j++) {
            TsmSegmentGraph.Forward out = graph(j).forward(state, features, targets(targets, j));
            state = out.state();
            features = out.features();
            loss += out.mse();
        }
        return loss;
    }

    private TsmSegmentGraph graph(int segment) {
        return graphs.get(segments.get(segment).steps());
    }

    private INDArray targets(INDArray targets, int segment) {
        BundlingSchedule.Segment s = segments.get(segment);
        return targets.get(NDArrayIndex.all(), NDArrayIndex.interval(s.start(), s.start() + s.steps().size()),
                NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all()).castTo(type).dup();
    }

    private void checkShapes(INDArray w0, INDArray features0, INDArray targets) {
        if (w0.size(0) != batch || features0.size(0) != batch || targets.size(0) != batch
                || targets.size(1) != unroll || features0.size(1) != config.features().channels()) {
            throw new IllegalArgumentException("expected batch " + batch + ", " + config.features().channels()
                    + " feature channels and unroll " + unroll + ", got w0 " + Arrays.toString(w0.shape())
                    + ", features0 " + Arrays.toString(features0.shape()) + ", targets "
                    + Arrays.toString(targets.shape()));
        }
    }
}
