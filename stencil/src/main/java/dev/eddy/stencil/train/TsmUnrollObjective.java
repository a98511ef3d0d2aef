package dev.eddy.stencil.train;

import dev.eddy.stencil.model.HistoryFeatureSpec;
import dev.eddy.stencil.model.TemporalStencilModel;
import dev.eddy.stencil.model.TsmConfig;
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
 * {@link TsmObjective} as one graph holding all K steps; reverse mode through the whole unroll, including the feature
 * updates. Activation memory grows linearly with K.
 */
public final class TsmUnrollObjective implements TsmObjective {

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

    @Override
    public HistoryFeatureSpec features() {
        return model.config().features();
    }

    @Override
    public int graphOps() {
        return sd.ops().length;
    }

    @Override
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

    @Override
    public TrainingObjective.LossAndGradient evaluate(INDArray w0, INDArray features0, INDArray targets) {
        OutAndGrad result = sd.calculateGradientsAndOutputs(inputs(w0, features0, targets), List.of(LOSS),
                parameterNames());
        Map<String, INDArray> gradients = new LinkedHashMap<>();
        for (String name : parameterNames()) {
            gradients.put(name, result.getGradients().get(name).dup());
        }
        return new TrainingObjective.LossAndGradient(result.getOutputs().get(LOSS).getDouble(0), gradients);
    }

    @Override
    public double loss(INDArray w0, INDArray features0, INDArray targets) {
        return sd.output(inputs(w0, features0, targets), LOSS).get(LOSS).getDouble(0);
    }

    private static Map<String, INDArray> inputs(INDArray w0, INDArray features0, INDArray targets) {
        return Map.of("w0", w0, "features0", features0, "targets", targets);
    }
}
