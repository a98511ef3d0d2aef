package dev.eddy.stencil.train;

import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The unrolled training loss of a learned model and its gradient with respect to the model parameters:
 * <pre>
 *   w_{k+1} = model(w_k),   L = mean over (batch, k = 1..K, component, y, x) of (w_k − target_k)²
 * </pre>
 * (equal to TSM's Σ_{u,v} mean ½(pred − target)², tsm.md §4.4).
 *
 * <p>Call protocol: not thread-safe; parameters are owned by the objective and changed only through
 * {@link #setParameters}.
 */
public interface UnrolledObjective {

    /** Parameter names in a fixed order. */
    List<String> parameterNames();

    /** Copies of the current parameter arrays. */
    Map<String, INDArray> parameters();

    /** Overwrites the parameters (all names must be present, shapes must match). */
    void setParameters(Map<String, INDArray> values);

    /** Unroll length K. */
    int unroll();

    /**
     * @param w0      initial states {@code [B, 2, N, N]}
     * @param targets targets {@code [B, K, 2, N, N]}
     * @return the loss and its gradient for every parameter
     */
    LossAndGradient evaluate(INDArray w0, INDArray targets);

    /** Operations in the forward graph (the gradient graph is built from it on first use). */
    int graphOps();

    /** The loss alone (no gradient). */
    double loss(INDArray w0, INDArray targets);

    /** Loss value and parameter gradients. */
    record LossAndGradient(double loss, Map<String, INDArray> gradients) {
    }
}
