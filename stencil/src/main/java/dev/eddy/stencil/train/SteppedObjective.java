package dev.eddy.stencil.train;

import dev.eddy.stencil.model.LearnedInterpolationModel;
import dev.eddy.stencil.model.LiConfig;
import dev.eddy.stencil.step.FlowParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * {@link UnrolledObjective} driven step by step from Java with a fixed one-step graph, so graph and activation memory
 * do not grow with the unroll length K (only the K+1 states are kept). Vector–Jacobian chaining
 * (samediff-fv.md §3, "per-step VJP"): the state is a VARIABLE set before each call, and the one-step graph's loss is
 * <pre>
 *   ℓ_k = s·Σ (w_{k+1} − target_k)²  +  Σ w_{k+1} ⊙ λ_{k+1},     s = 1/(B·K·2·N²)
 * </pre>
 * with the placeholder λ_{k+1} = ∂L/∂w_{k+1} from the later steps. Going backwards from λ_K = 0, the gradient of ℓ_k
 * gives this step's parameter contribution and λ_k = ∂ℓ_k/∂w_k. Summing the parameter contributions gives ∂L/∂θ.
 * The batch size is fixed at construction (the state variable has a static shape).
 */
public final class SteppedObjective implements UnrolledObjective {

    private static final String STATE = "state";
    private static final String NEXT = "next";
    private static final String MSE = "mse";
    private static final String STEP_LOSS = "stepLoss";

    private final SameDiff sd;
    private final List<String> parameterNames;
    private final List<String> gradientNames;
    private final int unroll;
    private final int batch;
    private final int n;
    private final DataType type;

    public SteppedObjective(FlowParameters p, LiConfig config, int unroll, int batch, DataType type) {
        if (unroll < 1 || batch < 1) {
            throw new IllegalArgumentException("unroll and batch must be ≥ 1, got " + unroll + ", " + batch);
        }
        this.unroll = unroll;
        this.batch = batch;
        this.n = p.n();
        this.type = type;
        this.sd = SameDiff.create();
        LearnedInterpolationModel model = new LearnedInterpolationModel(sd, p, config, type);
        this.parameterNames = model.parameterNames();
        SDVariable state = sd.var(STATE, Nd4j.zeros(type, batch, 2, n, n));
        SDVariable target = sd.placeHolder("target", type, batch, 2, n, n);
        SDVariable cotangent = sd.placeHolder("cotangent", type, batch, 2, n, n);
        SDVariable next = sd.identity(NEXT, model.step(state));
        SDVariable error = next.sub(target);
        double scale = 1.0 / ((double) batch * unroll * 2 * n * n);
        SDVariable mse = sd.sum(error.mul(error)).mul(MSE, scale);
        SDVariable stepLoss = sd.sum(next.mul(cotangent)).add(STEP_LOSS, mse);
        sd.setLossVariables(stepLoss);
        List<String> names = new ArrayList<>(parameterNames);
        names.add(STATE);
        this.gradientNames = List.copyOf(names);
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
        checkShapes(w0, targets);
        List<INDArray> states = new ArrayList<>();
        states.add(w0.castTo(type).dup());
        INDArray zero = Nd4j.zeros(type, batch, 2, n, n);
        double loss = 0;
        for (int k = 0; k < unroll; k++) {
            sd.getArrForVarName(STATE).assign(states.get(k));
            Map<String, INDArray> out = sd.output(Map.of("target", target(targets, k), "cotangent", zero), NEXT, MSE);
            states.add(out.get(NEXT).dup());
            loss += out.get(MSE).getDouble(0);
        }
        Map<String, INDArray> gradients = new LinkedHashMap<>();
        INDArray lambda = zero;
        for (int k = unroll - 1; k >= 0; k--) {
            sd.getArrForVarName(STATE).assign(states.get(k));
            Map<String, INDArray> g = sd.calculateGradients(Map.of("target", target(targets, k), "cotangent", lambda),
                    gradientNames);
            for (String name : parameterNames) {
                gradients.merge(name, g.get(name).dup(), INDArray::addi);
            }
            lambda = g.get(STATE).dup();
        }
        return new LossAndGradient(loss, gradients);
    }

    @Override
    public double loss(INDArray w0, INDArray targets) {
        checkShapes(w0, targets);
        INDArray zero = Nd4j.zeros(type, batch, 2, n, n);
        INDArray state = w0.castTo(type).dup();
        double loss = 0;
        for (int k = 0; k < unroll; k++) {
            sd.getArrForVarName(STATE).assign(state);
            Map<String, INDArray> out = sd.output(Map.of("target", target(targets, k), "cotangent", zero), NEXT, MSE);
            state = out.get(NEXT).dup();
            loss += out.get(MSE).getDouble(0);
        }
        return loss;
    }

    private INDArray target(INDArray targets, int k) {
        return targets.get(NDArrayIndex.all(), NDArrayIndex.point(k), NDArrayIndex.all(), NDArrayIndex.all(),
                NDArrayIndex.all()).castTo(type).dup();
    }

    private void checkShapes(INDArray w0, INDArray targets) {
        if (w0.size(0) != batch || targets.size(0) != batch || targets.size(1) != unroll) {
            throw new IllegalArgumentException("expected batch " + batch + " and unroll " + unroll + ", got w0 "
                    + java.util.Arrays.toString(w0.shape()) + ", targets " + java.util.Arrays.toString(targets.shape()));
        }
    }
}
