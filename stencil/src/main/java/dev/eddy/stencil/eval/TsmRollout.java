package dev.eddy.stencil.eval;

import dev.eddy.data.Checkpoint;
import dev.eddy.stencil.model.HistoryFeatureSpec;
import dev.eddy.stencil.model.TemporalStencilModel;
import dev.eddy.stencil.model.TsmConfig;
import dev.eddy.stencil.step.BatchArrays;
import dev.eddy.stencil.step.FlowParameters;
import dev.eddy.stencil.train.TrainingRecipe;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Inference with a trained TSM model file, in chunks of the training unroll K as in the TSM repo (tsm.md §4.2): each
 * chunk encodes the last H−1 frames (observed or predicted) into fresh history features, restarts the bundling
 * counter, and runs the K-step graph the model was trained with.
 */
public final class TsmRollout implements Rollout {

    private final SameDiff sd = SameDiff.create();
    private final SDVariable states;
    private final HistoryFeatureSpec features;
    private final int n;
    private final int chunk;
    private final DataType type;

    private TsmRollout(TrainingRecipe recipe, int n, Map<String, double[]> parameters, DataType type) {
        this.n = n;
        this.type = type;
        this.chunk = recipe.unroll();
        TsmConfig config = recipe.tsmConfig();
        this.features = config.features();
        TemporalStencilModel model = new TemporalStencilModel(sd, FlowParameters.kolmogorov(n), config, type);
        for (String name : model.parameterNames()) {
            double[] value = parameters.get(name);
            INDArray target = sd.getArrForVarName(name);
            if (value == null || value.length != target.length()) {
                throw new IllegalArgumentException("model file lacks parameter " + name);
            }
            target.assign(Nd4j.create(value, target.shape()).castTo(type));
        }
        SDVariable w0 = sd.placeHolder("w0", type, -1, 2, n, n);
        SDVariable f0 = sd.placeHolder("features0", type, -1, model.featureChannels(), n, n);
        this.states = sd.stack(1, model.unroll(w0, f0, chunk));
    }

    /** @throws IllegalArgumentException if the file is not a TSM model */
    public static TsmRollout load(Path modelFile, DataType type) {
        Checkpoint file = Checkpoint.read(modelFile);
        if (!"tsm".equals(file.meta("kind"))) {
            throw new IllegalArgumentException(modelFile + " is a '" + file.meta("kind") + "' model, not tsm");
        }
        Map<String, double[]> parameters = new java.util.LinkedHashMap<>();
        for (String name : file.arrayNames()) {
            if (name.startsWith("param/")) {
                parameters.put(name.substring("param/".length()), file.array(name));
            }
        }
        return new TsmRollout(TrainingRecipe.parse(file.meta("config")), Integer.parseInt(file.meta("grid")),
                parameters, type);
    }

    public int n() {
        return n;
    }

    @Override
    public int historyFrames() {
        return features.historyFrames();
    }

    @Override
    public double[][][][] rollout(double[][][][] history, int steps) {
        int h = features.historyFrames();
        int samples = history.length;
        List<List<double[][]>> frames = new ArrayList<>();
        for (double[][][] sample : history) {
            if (sample.length < h) {
                throw new IllegalArgumentException("TSM needs " + h + " history frames, got " + sample.length);
            }
            frames.add(new ArrayList<>(List.of(sample).subList(sample.length - h, sample.length)));
        }
        double[][][][] out = new double[samples][steps][][];
        int done = 0;
        while (done < steps) {
            double[][][] w0 = new double[samples][][];
            double[][][] f0 = new double[samples][][];
            for (int b = 0; b < samples; b++) {
                List<double[][]> f = frames.get(b);
                int size = f.size();
                w0[b] = f.get(size - 1);
                f0[b] = features.initialFeatures(f.subList(size - h, size - 1).toArray(double[][][]::new), n);
            }
            INDArray result = sd.output(Map.of("w0", BatchArrays.toArray(w0, n, type),
                    "features0", BatchArrays.toArray(f0, n, type)), states.name()).get(states.name());
            double[] flat = result.castTo(DataType.DOUBLE).dup('c').data().asDouble();
            int take = Math.min(chunk, steps - done);
            for (int b = 0; b < samples; b++) {
                for (int k = 0; k < take; k++) {
                    double[][] frame = new double[2][n * n];
                    int base = ((b * chunk + k) * 2) * n * n;
                    System.arraycopy(flat, base, frame[0], 0, n * n);
                    System.arraycopy(flat, base + n * n, frame[1], 0, n * n);
                    out[b][done + k] = frame;
                    frames.get(b).add(frame);
                }
            }
            done += take;
        }
        return out;
    }
}
