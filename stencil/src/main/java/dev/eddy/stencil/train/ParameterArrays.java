package dev.eddy.stencil.train;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Checked copying of named parameter arrays into a SameDiff instance. */
final class ParameterArrays {

    private ParameterArrays() {
    }

    static void assign(SameDiff sd, List<String> names, Map<String, INDArray> values) {
        for (String name : names) {
            INDArray value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("missing parameter " + name);
            }
            INDArray target = sd.getArrForVarName(name);
            if (!Arrays.equals(target.shape(), value.shape())) {
                throw new IllegalArgumentException("parameter " + name + " has shape " + Arrays.toString(value.shape())
                        + ", expected " + Arrays.toString(target.shape()));
            }
            target.assign(value);
        }
    }
}
