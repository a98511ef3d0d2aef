package dev.eddy.stencil.train;

import dev.eddy.data.Checkpoint;
import dev.eddy.stencil.model.LearnedInterpolationModel;
import dev.eddy.stencil.step.BatchArrays;
import dev.eddy.stencil.step.FlowParameters;
import java.nio.file.Path;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Inference with a trained LI model file ({@link TrainingRun#MODEL}): a one-step graph rebuilt from the file's config,
 * with its parameters, applied repeatedly from Java (memory independent of the rollout length). The basis of
 * {@code eddy evaluate}.
 */
public final class LiRollout {

    private final SameDiff sd = SameDiff.create();
    private final SDVariable next;
    private final int n;
    private final DataType type;

    private LiRollout(TrainingRecipe recipe, int n, Map<String, double[]> parameters, DataType type) {
        this.n = n;
        this.type = type;
        LearnedInterpolationModel model = new LearnedInterpolationModel(sd, FlowParameters.kolmogorov(n),
                recipe.liConfig(), type);
        for (String name : model.parameterNames()) {
            double[] value = parameters.get(name);
            INDArray target = sd.getArrForVarName(name);
            if (value == null || value.length != target.length()) {
                throw new IllegalArgumentException("model file lacks parameter " + name + " of " + target.length()
                        + " values");
            }
            target.assign(Nd4j.create(value, target.shape()).castTo(type));
        }
        SDVariable w = sd.placeHolder("w", type, -1, 2, n, n);
        this.next = model.step(w);
    }

    /**
     * @throws IllegalArgumentException if the file is not an LI model
     * @throws dev.eddy.data.DataFileException if it cannot be read
     */
    public static LiRollout load(Path modelFile, DataType type) {
        Checkpoint file = Checkpoint.read(modelFile);
        if (!"li".equals(file.meta("kind"))) {
            throw new IllegalArgumentException(modelFile + " is a '" + file.meta("kind") + "' model, not li");
        }
        TrainingRecipe recipe = TrainingRecipe.parse(file.meta("config"));
        Map<String, double[]> parameters = new java.util.LinkedHashMap<>();
        for (String name : file.arrayNames()) {
            if (name.startsWith("param/")) {
                parameters.put(name.substring("param/".length()), file.array(name));
            }
        }
        return new LiRollout(recipe, Integer.parseInt(file.meta("grid")), parameters, type);
    }

    public int n() {
        return n;
    }

    /**
     * @param initial states {@code [B][2][N*N]}
     * @return the states after steps 1..steps, {@code [B][steps][2][N*N]}
     */
    public double[][][][] rollout(double[][][] initial, int steps) {
        double[][][][] out = new double[initial.length][steps][][];
        INDArray w = BatchArrays.toArray(initial, n, type);
        for (int k = 0; k < steps; k++) {
            w = sd.output(Map.of("w", w), next.name()).get(next.name());
            double[][][] fields = BatchArrays.toFields(w);
            for (int b = 0; b < initial.length; b++) {
                out[b][k] = fields[b];
            }
        }
        return out;
    }
}
