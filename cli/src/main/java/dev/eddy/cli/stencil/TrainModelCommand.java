package dev.eddy.cli.stencil;

import dev.eddy.cli.Progress;
import dev.eddy.cli.UserError;
import dev.eddy.data.DataFileException;
import dev.eddy.stencil.train.TrainingRecipe;
import dev.eddy.stencil.train.TrainingRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eddy train li|tsm --data train.nc --config FILE.yaml --out run/ [--resume]}: a thin shell over
 * {@link TrainingRun}. The config is flat YAML ({@code key: value}); see {@link TrainingRecipe} for the keys and the
 * {@code small}/{@code paper} presets.
 */
public abstract class TrainModelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "TRAIN.nc", description = "Training data from 'eddy dataset kolmogorov'.")
    Path data;

    @Option(names = "--config", required = true, paramLabel = "FILE.yaml", description = "Flat YAML: 'preset: small|paper' plus overrides (key: value).")
    Path config;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Run directory (checkpoint.ckpt, loss.csv learning curve, model.ckpt).")
    Path out;

    @Option(names = "--resume", description = "Continue the run in --out from its checkpoint.")
    boolean resume;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    abstract TrainingRun.Kind kind();

    @Override
    public Integer call() {
        // ND4J logs every op of the gradient graph at INFO; keep stderr for the progress bar and errors
        System.setProperty("org.slf4j.simpleLogger.log.org.nd4j", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.nd4j.imports", "error");
        String text;
        try {
            text = Files.readString(config);
        } catch (IOException e) {
            throw new UserError("cannot read config " + config + ": " + e.getMessage());
        }
        TrainingRecipe recipe;
        try {
            recipe = TrainingRecipe.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserError(config + ": " + e.getMessage());
        }
        if (!Files.isRegularFile(data)) {
            throw new UserError("no such data file: " + data);
        }
        String label = "train " + kind().name().toLowerCase(Locale.ROOT);
        TrainingRecipe chosen = recipe;
        String commandLine = String.join(" ", spec.commandLine().getParseResult().originalArgs());
        GradientGraphChatter.filtered(() -> {
            try (Progress progress = Progress.start(label, chosen.settings().steps(), quiet)) {
                TrainingRun.run(kind(), data, chosen, out, resume, commandLine, (step, loss, lr, applied) -> {
                    progress.status(String.format(Locale.ROOT, "loss %.3e lr %.1e%s", loss, lr,
                            applied ? "" : " (skipped)"));
                    progress.advanceTo(step);
                });
            } catch (IllegalArgumentException | DataFileException e) {
                throw new UserError(e.getMessage());
            } catch (IOException e) {
                throw new UserError("cannot write to " + out + ": " + e.getMessage());
            }
        });
        return 0;
    }

    /** {@code eddy train li}. */
    @Command(name = "li", mixinStandardHelpOptions = true,
            description = "Learned interpolation (Kochkov et al. 2021): a CNN predicts the 8 face-interpolation stencils each step.")
    public static final class Li extends TrainModelCommand {
        @Override
        TrainingRun.Kind kind() {
            return TrainingRun.Kind.LI;
        }
    }

    /** {@code eddy train tsm}. */
    @Command(name = "tsm", mixinStandardHelpOptions = true,
            description = "Temporal Stencil Model (Sun et al. 2023): HiPPO history features, bundled stencils.")
    public static final class Tsm extends TrainModelCommand {
        @Override
        TrainingRun.Kind kind() {
            return TrainingRun.Kind.TSM;
        }
    }
}
