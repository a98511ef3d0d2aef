package dev.eddy.stencil.train;

import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What {@link Trainer} optimises: named parameters and the loss with its gradient on a batch of training windows.
 * Not thread-safe; parameters change only through {@link #setParameters}.
 */
public interface TrainingObjective {

    /** Parameter names in a fixed order. */
    List<String> parameterNames();

    /** Copies of the current parameter arrays. */
    Map<String, INDArray> parameters();

    /** Overwrites the parameters (all names must be present, shapes must match). */
    void setParameters(Map<String, INDArray> values);

    /** Loss and parameter gradients on the given windows of {@code data}. */
    LossAndGradient evaluate(TrajectoryWindows data, int[] windows, DataType type);

    /** Loss value and parameter gradients. */
    record LossAndGradient(double loss, Map<String, INDArray> gradients) {
    }
}
