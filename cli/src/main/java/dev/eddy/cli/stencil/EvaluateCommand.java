package dev.eddy.cli.stencil;

import dev.eddy.cli.Progress;
import dev.eddy.cli.UserError;
import dev.eddy.data.DataFileException;
import dev.eddy.data.DataKind;
import dev.eddy.data.DatasetSchema;
import dev.eddy.data.FrameWriter;
import dev.eddy.data.LabelledArray;
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
            "Models: dns:N (classical FV solver on an N×N grid), li:PATH or tsm:PATH (model.ckpt from 'eddy train').",
            "All models start at the same frame (after the longest history a TSM model needs) and are scored on the",
            "test grid; dns:N finer than the test grid starts from the same trajectories at N (--fine) and its",
            "outputs are downsampled. Writes correlation(time, model) and energy spectra at --spectrum-times to",
            "EVAL.nc and prints a markdown table of the times until the correlation drops below 0.95 and 0.8."},
        footer = {"", "Example:",
            "  eddy dataset kolmogorov --dns-grid 256 --grid 64 --trajectories 8 --seed 9000 --spinup 20 --length 0.5 "
                + "--split test --out test-64.nc",
            "  eddy evaluate --models dns:32,dns:64,li:run-li/model.ckpt --test test.nc --fine test-64.nc --t-end 8 "
                + "--out eval.nc"})
public final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--models", required = true, split = ",", paramLabel = "SPEC", description = "Comma-separated model specs.")
    List<String> models;

    @Option(names = "--test", required = true, paramLabel = "TEST.nc", description = "Test data from 'eddy dataset kolmogorov --split test'.")
    Path test;

    @Option(names = "--fine", split = ",", paramLabel = "FINE.nc", description = {"Test trajectories at a finer grid N "
            + "(the test file's dataset command with --grid N and a short --length), for dns:N baselines."})
    List<Path> fine = List.of();

    @Option(names = "--spectrum-times", split = ",", paramLabel = "T", description = {"Times since the start at which "
            + "the sample-mean energy spectra are written. Default: the outputs nearest a quarter, half and all of --t-end."})
    double[] spectrumTimes;

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
        for (Path f : fine) {
            if (!Files.isRegularFile(f)) {
                throw new UserError("no such fine file: " + f);
            }
        }
        Evaluation.Result result;
        try {
            try (Progress progress = Progress.start("evaluate", models.size(), quiet)) {
                result = Evaluation.run(test, fine, models, tEnd, spectrumTimes, progress::advanceTo);
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
                .globalAttribute("eddy_test_file", test.toString())
                .globalAttribute("eddy_samples", (double) result.samples());
        spectra(schema, result);
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

    /** {@code energy_spectrum(spectrum_time, model, wavenumber)} and the reference's, as fixed-size variables. */
    private static void spectra(DatasetSchema.Builder schema, Evaluation.Result result) {
        int times = result.spectrumSteps().length;
        if (times == 0) {
            return;
        }
        int shells = result.referenceSpectra()[0].length;
        int m = result.scores().size();
        double[] t = new double[times];
        for (int i = 0; i < times; i++) {
            t[i] = (result.spectrumSteps()[i] + 1) * result.dt();
        }
        double[] k = new double[shells];
        for (int i = 0; i < shells; i++) {
            k[i] = i;
        }
        double[] model = new double[times * m * shells];
        double[] reference = new double[times * shells];
        for (int i = 0; i < times; i++) {
            for (int j = 0; j < m; j++) {
                System.arraycopy(result.scores().get(j).spectra()[i], 0, model, (i * m + j) * shells, shells);
            }
            System.arraycopy(result.referenceSpectra()[i], 0, reference, i * shells, shells);
        }
        schema.dimension("spectrum_time", times).dimension("wavenumber", shells)
                .coordinate(LabelledArray.of("spectrum_time", List.of("spectrum_time"), new int[] {times}, t)
                        .withAttribute("long_name", "model time since the initial state of the spectra")
                        .withAttribute("units", "1"))
                .coordinate(LabelledArray.of("wavenumber", List.of("wavenumber"), new int[] {shells}, k)
                        .withAttribute("long_name", "wavenumber shell |k| (rounded), cycles per 2π domain")
                        .withAttribute("units", "1"))
                .staticVariable(LabelledArray.of("energy_spectrum", List.of("spectrum_time", "model", "wavenumber"),
                        new int[] {times, m, shells}, model)
                        .withAttribute("long_name", "sample-mean isotropic kinetic energy spectrum E(k) of each model")
                        .withAttribute("units", "1"))
                .staticVariable(LabelledArray.of("reference_energy_spectrum", List.of("spectrum_time", "wavenumber"),
                        new int[] {times, shells}, reference)
                        .withAttribute("long_name", "sample-mean isotropic kinetic energy spectrum E(k) of the test data")
                        .withAttribute("units", "1"));
    }
}
