package dev.eddy.stencil.train;

import org.nd4j.linalg.api.buffer.DataType;
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
public interface UnrolledObjective extends TrainingObjective {

    @Override
    default LossAndGradient evaluate(TrajectoryWindows data, int[] windows, DataType type) {
        return evaluate(data.inputs(windows, type), data.targets(windows, type));
    }

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

}
