package dev.eddy.stencil.train;

import dev.eddy.data.Checkpoint;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains a {@link TrainingObjective} (LI or TSM) on {@link TrajectoryWindows} with {@link AdamW} and a warm-up + cosine schedule,
 * writing atomic checkpoints from which a run resumes bit for bit.
 *
 * <p>Master parameters are kept in Java doubles and copied into the graph before every step, so a graph in float32 or
 * a freshly built graph (after a restart) sees identical values. Checkpoint arrays: {@code param/<name>},
 * {@code m/<name>}, {@code v/<name>}; metadata: {@code step}, {@code updates}, {@code skipped}.
 *
 * <p>Not thread-safe.
 */
public final class Trainer {

    /** Called after every step. */
    public interface StepListener {
        void onStep(long step, double loss, double learningRate, boolean applied);
    }

    private final TrainingObjective objective;
    private final TrajectoryWindows data;
    private final TrainingSettings settings;
    private final AdamW optimizer;
    private final DataType type;
    private final Map<String, double[]> parameters = new LinkedHashMap<>();
    private final Map<String, long[]> shapes = new LinkedHashMap<>();
    private long step;
    private long skipped;

    public Trainer(TrainingObjective objective, TrajectoryWindows data, TrainingSettings settings, AdamW optimizer,
            DataType type) {
        this.objective = objective;
        this.data = data;
        this.settings = settings;
        this.optimizer = optimizer;
        this.type = type;
        objective.parameters().forEach((name, array) -> {
            parameters.put(name, array.castTo(DataType.DOUBLE).dup('c').data().asDouble());
            shapes.put(name, array.shape());
        });
    }

    /** Restores parameters, optimiser state and step counter from a checkpoint written by {@link #run}. */
    public void restore(Path checkpoint) {
        Checkpoint c = Checkpoint.read(checkpoint);
        Map<String, double[]> state = new LinkedHashMap<>();
        for (String name : parameters.keySet()) {
            double[] value = c.array("param/" + name);
            if (value.length != parameters.get(name).length) {
                throw new IllegalArgumentException("checkpoint parameter " + name + " has " + value.length
                        + " values, the model has " + parameters.get(name).length);
            }
            parameters.put(name, value.clone());
            state.put("m/" + name, c.array("m/" + name));
            state.put("v/" + name, c.array("v/" + name));
        }
        long updates = Long.parseLong(c.meta("updates"));
        optimizer.restore(updates == 0 ? Map.of() : state, updates);
        this.step = Long.parseLong(c.meta("step"));
        this.skipped = Long.parseLong(c.meta("skipped"));
    }

    /**
     * Runs until {@link TrainingSettings#steps()}, checkpointing to {@code checkpoint} every
     * {@link TrainingSettings#checkpointEvery()} steps and at the end.
     */
    public void run(Path checkpoint, StepListener listener) {
        runUntil(settings.steps(), checkpoint, listener);
    }

    /** Runs until step {@code lastStep} (exclusive, ≤ total), checkpointing as {@link #run} does. */
    public void runUntil(long lastStep, Path checkpoint, StepListener listener) {
        LearningRateSchedule schedule = settings.schedule();
        long end = Math.min(lastStep, settings.steps());
        while (step < end) {
            int[] windows = data.batchIndices(settings.seed(), step, settings.batch());
            objective.setParameters(graphParameters());
            TrainingObjective.LossAndGradient lg = objective.evaluate(data, windows, type);
            Map<String, double[]> gradients = new LinkedHashMap<>();
            lg.gradients().forEach((name, g) -> gradients.put(name, g.castTo(DataType.DOUBLE).dup('c').data()
                    .asDouble()));
            double lr = schedule.at(optimizer.count());
            boolean applied = Double.isFinite(lg.loss()) && optimizer.update(parameters, gradients, lr);
            if (!applied) {
                skipped++;
            }
            step++;
            if (listener != null) {
                listener.onStep(step, lg.loss(), lr, applied);
            }
            if (checkpoint != null && (step % settings.checkpointEvery() == 0 || step == end)) {
                writeCheckpoint(checkpoint);
            }
        }
    }

    /** Steps done so far. */
    public long step() {
        return step;
    }

    /** Steps whose update was skipped (non-finite loss or gradient). */
    public long skipped() {
        return skipped;
    }

    /** Copies of the master parameters. */
    public Map<String, double[]> parameters() {
        Map<String, double[]> out = new LinkedHashMap<>();
        parameters.forEach((k, v) -> out.put(k, v.clone()));
        return out;
    }

    private Map<String, INDArray> graphParameters() {
        Map<String, INDArray> out = new LinkedHashMap<>();
        parameters.forEach((name, value) -> out.put(name, Nd4j.create(value, shapes.get(name)).castTo(type)));
        return out;
    }

    private void writeCheckpoint(Path file) {
        Map<String, double[]> arrays = new LinkedHashMap<>();
        parameters.forEach((k, v) -> arrays.put("param/" + k, v));
        arrays.putAll(optimizer.state());
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("step", Long.toString(step));
        meta.put("updates", Long.toString(optimizer.count()));
        meta.put("skipped", Long.toString(skipped));
        meta.put("settings", settings.toString());
        Checkpoint.write(file, arrays, meta);
    }
}
