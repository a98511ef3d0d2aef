package dev.eddy.stencil.train;

import dev.eddy.stencil.model.HistoryFeatureSpec;
import dev.eddy.stencil.model.TemporalStencilModel;
import dev.eddy.stencil.model.TsmConfig;
import dev.eddy.stencil.step.BatchArrays;
import dev.eddy.stencil.step.FlowParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The unrolled TSM loss (same definition as {@link UnrolledObjective}) as one graph; inputs are the initial state
 * {@code w0} [B, 2, N, N], the history features before it {@code features0} [B, channels, N, N] (see
 * {@code HistoryFeatureSpec#initialFeatures}) and the targets [B, K, 2, N, N]. Gradients flow through the in-graph
 * feature updates.
 */
public final class TsmUnrollObjective implements TrainingObjective {

    private static final String LOSS = "loss";

    private final SameDiff sd;
    private final TemporalStencilModel model;
    private final int unroll;

    public TsmUnrollObjective(FlowParameters p, TsmConfig config, int unroll, DataType type) {
        if (unroll < 1) {
            throw new IllegalArgumentException("unroll must be ≥ 1, got " + unroll);
        }
        this.unroll = unroll;
        this.sd = SameDiff.create();
        this.model = new TemporalStencilModel(sd, p, config, type);
        int n = p.n();
        SDVariable w0 = sd.placeHolder("w0", type, -1, 2, n, n);
        SDVariable features0 = sd.placeHolder("features0", type, -1, model.featureChannels(), n, n);
        SDVariable targets = sd.placeHolder("targets", type, -1, unroll, 2, n, n);
        SDVariable error = sd.stack(1, model.unroll(w0, features0, unroll)).sub(targets);
        sd.setLossVariables(sd.mean(LOSS, error.mul(error)));
    }

    public TemporalStencilModel model() {
        return model;
    }

    public int unroll() {
        return unroll;
    }

    @Override
    public List<String> parameterNames() {
        return model.parameterNames();
    }

    @Override
    public Map<String, INDArray> parameters() {
        Map<String, INDArray> out = new LinkedHashMap<>();
        for (String name : parameterNames()) {
            out.put(name, sd.getArrForVarName(name).dup());
        }
        return out;
    }

    @Override
    public void setParameters(Map<String, INDArray> values) {
        ParameterArrays.assign(sd, parameterNames(), values);
    }

    /** Loss and gradients on windows whose history length matches {@link HistoryFeatureSpec#historyFrames()}. */
    @Override
    public LossAndGradient evaluate(TrajectoryWindows data, int[] windows, DataType type) {
        HistoryFeatureSpec spec = model.config().features();
        if (data.historyFrames() != spec.historyFrames()) {
            throw new IllegalArgumentException("windows carry " + data.historyFrames() + " history frames, the model "
                    + "needs " + spec.historyFrames());
        }
        double[][][] features = new double[windows.length][][];
        for (int b = 0; b < windows.length; b++) {
            features[b] = spec.initialFeatures(data.history(windows[b]), data.n());
        }
        return evaluate(data.inputs(windows, type), BatchArrays.toArray(features, data.n(), type),
                data.targets(windows, type));
    }

    public TrainingObjective.LossAndGradient evaluate(INDArray w0, INDArray features0, INDArray targets) {
        OutAndGrad result = sd.calculateGradientsAndOutputs(inputs(w0, features0, targets), List.of(LOSS),
                parameterNames());
        Map<String, INDArray> gradients = new LinkedHashMap<>();
        for (String name : parameterNames()) {
            gradients.put(name, result.getGradients().get(name).dup());
        }
        return new TrainingObjective.LossAndGradient(result.getOutputs().get(LOSS).getDouble(0), gradients);
    }

    public double loss(INDArray w0, INDArray features0, INDArray targets) {
        return sd.output(inputs(w0, features0, targets), LOSS).get(LOSS).getDouble(0);
    }

    private static Map<String, INDArray> inputs(INDArray w0, INDArray features0, INDArray targets) {
        return Map.of("w0", w0, "features0", features0, "targets", targets);
    }
}
