package dev.eddy.cli.stencil;

import dev.eddy.cli.Progress;
import dev.eddy.cli.UserError;
import dev.eddy.data.DataFileException;
import dev.eddy.data.DataKind;
import dev.eddy.data.DatasetSchema;
import dev.eddy.data.FrameWriter;
import dev.eddy.data.NetcdfFormat;
import dev.eddy.data.Provenance;
import dev.eddy.stencil.eval.Evaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eddy evaluate --models dns:32,li:run/model.ckpt,tsm:run2/model.ckpt --test test.nc --t-end T --out eval.nc}:
 * rollouts of each model from the same frame of the test file, the sample-mean vorticity correlation against the file's later frames
 * ({@code correlation(time, model)} in the output file), and a markdown table of the times until it drops below 0.95
 * and 0.8 and of the rollout latency on stdout.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Roll out models from a test file's initial states and score them by vorticity correlation.",
            "Models: dns:N (classical FV solver at the test grid), li:PATH or tsm:PATH (model.ckpt from 'eddy train').",
            "All models start at the same frame (after the longest history a TSM model needs)."})
public final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--models", required = true, split = ",", paramLabel = "SPEC", description = "Comma-separated model specs.")
    List<String> models;

    @Option(names = "--test", required = true, paramLabel = "TEST.nc", description = "Test data from 'eddy dataset kolmogorov --split test'.")
    Path test;

    @Option(names = "--t-end", required = true, paramLabel = "T", description = "Rollout length in time units.")
    double tEnd;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Option(names = "--out", required = true, paramLabel = "EVAL.nc", description = "Output file (refuses to overwrite).")
    Path out;

    @Override
    public Integer call() {
        System.setProperty("org.slf4j.simpleLogger.log.org.nd4j", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.nd4j.imports", "error");
        if (!Files.isRegularFile(test)) {
            throw new UserError("no such test file: " + test);
        }
        if (Files.exists(out)) {
            throw new UserError(out + " already exists");
        }
        Evaluation.Result result;
        try {
            try (Progress progress = Progress.start("evaluate", models.size(), quiet)) {
                result = Evaluation.run(test, models, tEnd, progress::advanceTo);
            }
        } catch (IllegalArgumentException | DataFileException e) {
            throw new UserError(e.getMessage());
        }
        int m = result.scores().size();
        DatasetSchema.Builder schema = DatasetSchema.builder()
                .unlimitedTime("1", Map.of("long_name", "model time since the initial state"))
                .dimension("model", m)
                .variable("correlation", DataKind.DOUBLE, List.of("time", "model"),
                        Map.of("long_name", "sample-mean uncentred vorticity correlation with the test data",
                                "units", "1"))
                .globalAttribute("eddy_models", String.join(",", models))
                .globalAttribute("eddy_samples", (double) result.samples());
        // evaluation draws no random numbers; the provenance seed field is 0 by convention here
        Provenance.of("eddy " + String.join(" ", spec.commandLine().getParseResult().originalArgs()), String.join(",", models), 0)
                .forEach(schema::globalAttribute);
        try (FrameWriter writer = FrameWriter.create(out, schema.build(), NetcdfFormat.NC3)) {
            for (int k = 0; k < result.steps(); k++) {
                double[] rho = new double[m];
                for (int i = 0; i < m; i++) {
                    rho[i] = result.scores().get(i).meanCorrelation()[k];
                }
                writer.writeFrame((k + 1) * result.dt(), Map.of("correlation", rho));
            }
        } catch (DataFileException e) {
            throw new UserError(e.getMessage());
        }
        spec.commandLine().getOut().print(result.markdown());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
