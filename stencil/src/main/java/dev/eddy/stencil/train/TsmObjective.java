package dev.eddy.stencil.train;

import dev.eddy.stencil.model.HistoryFeatureSpec;
import dev.eddy.stencil.step.BatchArrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The unrolled TSM loss (the definition of {@link UnrolledObjective}) and its parameter gradient. Inputs are the
 * initial state {@code w0} [B, 2, N, N], the history features before it {@code features0} [B, channels, N, N] (see
 * {@link HistoryFeatureSpec#initialFeatures}) and the targets [B, K, 2, N, N]. Gradients flow through the in-graph
 * feature updates. Two execution modes: {@link TsmUnrollObjective} (one graph) and {@link TsmSteppedObjective} (one
 * graph per bundling segment).
 *
 * <p>Not thread-safe; parameters change only through {@link #setParameters}.
 */
public interface TsmObjective extends TrainingObjective {

    /** The history features this objective's model expects. */
    HistoryFeatureSpec features();

    /** Unroll length K. */
    int unroll();

    /** Operations in the forward graph(s) (the gradient graphs are built from them on first use). */
    int graphOps();

    /** Loss and parameter gradients. */
    LossAndGradient evaluate(INDArray w0, INDArray features0, INDArray targets);

    /** The loss alone (no gradient). */
    double loss(INDArray w0, INDArray features0, INDArray targets);

    /** Loss and gradients on windows whose history length matches {@link HistoryFeatureSpec#historyFrames()}. */
    @Override
    default LossAndGradient evaluate(TrajectoryWindows data, int[] windows, DataType type) {
        HistoryFeatureSpec spec = features();
        if (data.historyFrames() != spec.historyFrames()) {
            throw new IllegalArgumentException("windows carry " + data.historyFrames() + " history frames, the model "
                    + "needs " + spec.historyFrames());
        }
        double[][][] initial = new double[windows.length][][];
        for (int b = 0; b < windows.length; b++) {
            initial[b] = spec.initialFeatures(data.history(windows[b]), data.n());
        }
        return evaluate(data.inputs(windows, type), BatchArrays.toArray(initial, data.n(), type),
                data.targets(windows, type));
    }
}
