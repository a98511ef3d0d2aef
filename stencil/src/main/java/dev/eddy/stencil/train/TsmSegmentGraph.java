package dev.eddy.stencil.train;

import dev.eddy.stencil.model.BundlingSchedule;
import dev.eddy.stencil.model.TemporalStencilModel;
import dev.eddy.stencil.model.TsmConfig;
import dev.eddy.stencil.step.FlowParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One {@link BundlingSchedule.Segment} of a TSM unroll as a graph of its own, for {@link TsmSteppedObjective}. The
 * carried state — velocity {@code w} and history features {@code c} at the segment start — are VARIABLEs set from
 * Java (SameDiff has no gradient with respect to a placeholder), and the graph's loss is
 * <pre>
 *   ℓ = s·Σ_{k in segment} Σ (w_{k+1} − target_k)²  +  Σ w_end ⊙ λ_w  +  Σ c_end ⊙ λ_c
 * </pre>
 * with the cotangents λ_w = ∂L/∂w_end and λ_c = ∂L/∂c_end of the later segments. Its gradient gives the segment's
 * parameter contribution and the cotangents at the segment start. The network output needs no cotangent of its own:
 * a segment starts with its network call (or uses zero logits throughout), so the bundled logits never cross a
 * segment boundary.
 */
final class TsmSegmentGraph {

    private static final String STATE = "state";
    private static final String FEATURES = "features";
    private static final String NEXT = "next";
    private static final String NEXT_FEATURES = "nextFeatures";
    private static final String MSE = "mse";
    private static final String TARGETS = "targets";
    private static final String STATE_COTANGENT = "stateCotangent";
    private static final String FEATURE_COTANGENT = "featureCotangent";

    /** The state after the segment and its squared-error term. */
    record Forward(INDArray state, INDArray features, double mse) {
    }

    /** Parameter gradients (empty without a network call), cotangents at the segment start, squared-error term. */
    record Backward(Map<String, INDArray> parameterGradients, INDArray stateCotangent, INDArray featureCotangent,
            double mse) {
    }

    private final SameDiff sd;
    private final TemporalStencilModel model;
    private final boolean runsNetwork;

    /**
     * @param scale s, the weight of the squared errors (1/(batch·K·2·N²) for the mean over the whole unroll)
     */
    TsmSegmentGraph(FlowParameters p, TsmConfig config, List<BundlingSchedule.Step> steps, int batch, double scale,
            DataType type) {
        this.sd = SameDiff.create();
        this.model = new TemporalStencilModel(sd, p, config, type);
        this.runsNetwork = steps.get(0).runNetwork();
        int n = p.n();
        SDVariable state = sd.var(STATE, Nd4j.zeros(type, batch, 2, n, n));
        SDVariable features = sd.var(FEATURES, Nd4j.zeros(type, batch, model.featureChannels(), n, n));
        SDVariable targets = sd.placeHolder(TARGETS, type, batch, steps.size(), 2, n, n);
        SDVariable stateCotangent = sd.placeHolder(STATE_COTANGENT, type, batch, 2, n, n);
        SDVariable featureCotangent = sd.placeHolder(FEATURE_COTANGENT, type, batch, model.featureChannels(), n, n);
        TemporalStencilModel.Unrolled unrolled = model.unroll(state, features,
                steps.toArray(BundlingSchedule.Step[]::new));
        SDVariable next = sd.identity(NEXT, unrolled.states()[steps.size() - 1]);
        SDVariable nextFeatures = sd.identity(NEXT_FEATURES, unrolled.features());
        SDVariable error = sd.stack(1, unrolled.states()).sub(targets);
        SDVariable mse = sd.sum(error.mul(error)).mul(MSE, scale);
        SDVariable carried = sd.sum(next.mul(stateCotangent)).add(sd.sum(nextFeatures.mul(featureCotangent)));
        sd.setLossVariables(carried.add("segmentLoss", mse));
    }

    TemporalStencilModel model() {
        return model;
    }

    boolean runsNetwork() {
        return runsNetwork;
    }

    int ops() {
        return sd.ops().length;
    }

    Map<String, INDArray> parameters() {
        Map<String, INDArray> out = new LinkedHashMap<>();
        for (String name : model.parameterNames()) {
            out.put(name, sd.getArrForVarName(name).dup());
        }
        return out;
    }

    void setParameters(Map<String, INDArray> values) {
        ParameterArrays.assign(sd, model.parameterNames(), values);
    }

    /** Runs the segment from {@code (w, c)} (the outputs do not depend on the cotangent placeholders). */
    Forward forward(INDArray w, INDArray features, INDArray targets) {
        setState(w, features);
        Map<String, INDArray> out = sd.output(Map.of(TARGETS, targets), NEXT, NEXT_FEATURES, MSE);
        return new Forward(out.get(NEXT).dup(), out.get(NEXT_FEATURES).dup(), out.get(MSE).getDouble(0));
    }

    /**
     * Recomputes the segment from {@code (w, c)} and differentiates ℓ.
     *
     * @param startCotangents whether the cotangents at the segment start are needed (not for the first segment)
     */
    Backward backward(INDArray w, INDArray features, INDArray targets, INDArray stateCotangent,
            INDArray featureCotangent, boolean startCotangents) {
        setState(w, features);
        List<String> wrt = new ArrayList<>();
        if (runsNetwork) {
            wrt.addAll(model.parameterNames());
        }
        if (startCotangents) {
            wrt.add(STATE);
            wrt.add(FEATURES);
        }
        if (wrt.isEmpty()) {
            return new Backward(Map.of(), null, null, forward(w, features, targets).mse());
        }
        OutAndGrad result = sd.calculateGradientsAndOutputs(Map.of(TARGETS, targets, STATE_COTANGENT, stateCotangent,
                FEATURE_COTANGENT, featureCotangent), List.of(MSE), wrt);
        Map<String, INDArray> gradients = result.getGradients();
        Map<String, INDArray> parameterGradients = new LinkedHashMap<>();
        if (runsNetwork) {
            for (String name : model.parameterNames()) {
                parameterGradients.put(name, gradients.get(name).dup());
            }
        }
        INDArray dState = startCotangents ? orZero(gradients.get(STATE), w) : null;
        INDArray dFeatures = startCotangents ? orZero(gradients.get(FEATURES), features) : null;
        return new Backward(parameterGradients, dState, dFeatures, result.getOutputs().get(MSE).getDouble(0));
    }

    /** A start variable the loss does not depend on (raw history of one frame: c is overwritten) has no gradient. */
    private static INDArray orZero(INDArray gradient, INDArray like) {
        return gradient == null ? Nd4j.zerosLike(like) : gradient.dup();
    }

    private void setState(INDArray w, INDArray features) {
        sd.getArrForVarName(STATE).assign(w);
        sd.getArrForVarName(FEATURES).assign(features);
    }
}
