package dev.eddy.stencil.train;

import dev.eddy.stencil.model.LearnedInterpolationModel;
import dev.eddy.stencil.model.LiConfig;
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
 * {@link UnrolledObjective} as one SameDiff graph holding all K steps; reverse-mode through the whole unroll. Fast for
 * short unrolls; activation memory grows linearly with K (samediff-fv.md §5: ≈0.14 GB per step at 32², B = 8).
 */
public final class WholeUnrollObjective implements UnrolledObjective {

    private static final String LOSS = "loss";
    private static final String PREDICTIONS = "predictions";

    private final SameDiff sd;
    private final List<String> parameterNames;
    private final int unroll;

    public WholeUnrollObjective(FlowParameters p, LiConfig config, int unroll, DataType type) {
        if (unroll < 1) {
            throw new IllegalArgumentException("unroll must be ≥ 1, got " + unroll);
        }
        this.unroll = unroll;
        this.sd = SameDiff.create();
        LearnedInterpolationModel model = new LearnedInterpolationModel(sd, p, config, type);
        this.parameterNames = model.parameterNames();
        int n = p.n();
        SDVariable w = sd.placeHolder("w0", type, -1, 2, n, n);
        SDVariable targets = sd.placeHolder("targets", type, -1, unroll, 2, n, n);
        SDVariable[] predictions = new SDVariable[unroll];
        for (int k = 0; k < unroll; k++) {
            w = model.step(w);
            predictions[k] = w;
        }
        SDVariable stacked = sd.stack(PREDICTIONS, 1, predictions);
        SDVariable error = stacked.sub(targets);
        SDVariable loss = sd.mean(LOSS, error.mul(error));
        sd.setLossVariables(loss);
    }

    @Override
    public List<String> parameterNames() {
        return parameterNames;
    }

    @Override
    public Map<String, INDArray> parameters() {
        Map<String, INDArray> out = new LinkedHashMap<>();
        for (String name : parameterNames) {
            out.put(name, sd.getArrForVarName(name).dup());
        }
        return out;
    }

    @Override
    public void setParameters(Map<String, INDArray> values) {
        ParameterArrays.assign(sd, parameterNames, values);
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
    public LossAndGradient evaluate(INDArray w0, INDArray targets) {
        OutAndGrad result = sd.calculateGradientsAndOutputs(Map.of("w0", w0, "targets", targets), List.of(LOSS),
                parameterNames);
        Map<String, INDArray> gradients = new LinkedHashMap<>();
        for (String name : parameterNames) {
            gradients.put(name, result.getGradients().get(name).dup());
        }
        return new LossAndGradient(result.getOutputs().get(LOSS).getDouble(0), gradients);
    }

    @Override
    public double loss(INDArray w0, INDArray targets) {
        return sd.output(Map.of("w0", w0, "targets", targets), LOSS).get(LOSS).getDouble(0);
    }
}
