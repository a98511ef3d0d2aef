package dev.eddy.stencil.train;

import dev.eddy.data.Checkpoint;
import dev.eddy.data.Provenance;
import dev.eddy.stencil.step.FlowParameters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One training run of LI or TSM on a dataset file: the service behind {@code eddy train}. The run directory holds
 * {@code checkpoint.ckpt} (parameters, Adam state, step; rewritten atomically every {@code checkpoint_every} steps),
 * the learning curve {@code loss.csv} ({@link LossLog}) and, at the end, {@code model.ckpt}: the parameters with the
 * model kind, the effective config and the provenance as metadata.
 */
public final class TrainingRun {

    /** Name of the resumable checkpoint in the run directory. */
    public static final String CHECKPOINT = "checkpoint.ckpt";
    /** Name of the final model file in the run directory. */
    public static final String MODEL = "model.ckpt";

    /** Model family. */
    public enum Kind { LI, TSM }

    private TrainingRun() {
    }

    /**
     * @param resume continue from {@code out/checkpoint.ckpt}; otherwise {@code out} must not hold one
     * @throws IllegalArgumentException for inconsistent inputs (one-line message)
     */
    public static Trainer run(Kind kind, Path data, TrainingRecipe recipe, Path out, boolean resume, String commandLine,
            Trainer.StepListener listener) throws java.io.IOException {
        Path checkpoint = out.resolve(CHECKPOINT);
        if (resume && !Files.exists(checkpoint)) {
            throw new IllegalArgumentException("nothing to resume: " + checkpoint + " does not exist");
        }
        if (!resume && Files.exists(checkpoint)) {
            throw new IllegalArgumentException(out + " already holds a run; use --resume to continue it or another --out");
        }
        KolmogorovDataset dataset = KolmogorovDataset.read(data);
        FlowParameters flow = FlowParameters.kolmogorov(dataset.n());
        if (!Double.isNaN(dataset.timeStep()) && Math.abs(dataset.timeStep() - flow.dt()) > 1e-12 * flow.dt()) {
            throw new IllegalArgumentException(data + " is sampled every " + dataset.timeStep() + ", but the learned "
                    + "step at " + dataset.n() + "² uses dt = π/(7N) = " + flow.dt());
        }
        int history = kind == Kind.TSM ? recipe.tsmConfig().features().historyFrames() : 1;
        if (dataset.trajectories()[0].length < recipe.unroll() + history) {
            throw new IllegalArgumentException(data + " has " + dataset.trajectories()[0].length + " frames per "
                    + "trajectory, fewer than history + unroll = " + (history + recipe.unroll()));
        }
        TrajectoryWindows windows = new TrajectoryWindows(dataset.trajectories(), dataset.n(), recipe.unroll(), history);
        TrainingObjective objective = switch (kind) {
            case LI -> recipe.stepped()
                    ? new SteppedObjective(flow, recipe.liConfig(), recipe.unroll(), recipe.settings().batch(),
                            recipe.precision())
                    : new WholeUnrollObjective(flow, recipe.liConfig(), recipe.unroll(), recipe.precision());
            case TSM -> recipe.stepped()
                    ? new TsmSteppedObjective(flow, recipe.tsmConfig(), recipe.unroll(), recipe.settings().batch(),
                            recipe.precision())
                    : new TsmUnrollObjective(flow, recipe.tsmConfig(), recipe.unroll(), recipe.precision());
        };
        Files.createDirectories(out);
        Trainer trainer = new Trainer(objective, windows, recipe.settings(), recipe.optimizer(), recipe.precision());
        if (resume) {
            trainer.restore(checkpoint);
        }
        try (LossLog log = LossLog.open(out, trainer.step(), listener)) {
            trainer.run(checkpoint, log);
        }
        Map<String, double[]> arrays = new LinkedHashMap<>();
        trainer.parameters().forEach((k, v) -> arrays.put("param/" + k, v));
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("kind", kind.name().toLowerCase(java.util.Locale.ROOT));
        meta.put("grid", Integer.toString(dataset.n()));
        meta.put("config", recipe.describe());
        meta.put("steps", Long.toString(trainer.step()));
        meta.put("skipped", Long.toString(trainer.skipped()));
        Provenance.of(commandLine, recipe.describe(), recipe.settings().seed())
                .forEach((k, v) -> meta.put("provenance/" + k, String.valueOf(v)));
        Checkpoint.write(out.resolve(MODEL), arrays, meta);
        return trainer;
    }
}
