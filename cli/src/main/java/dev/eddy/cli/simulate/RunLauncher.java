package dev.eddy.cli.simulate;

import dev.eddy.cli.Progress;
import dev.eddy.cli.RunFailed;
import dev.eddy.cli.UserError;
import dev.eddy.data.DatasetSchema;
import dev.eddy.solver.fft.FftBackend;
import dev.eddy.solver.simulation.BlowUpException;
import dev.eddy.solver.simulation.InitialState;
import dev.eddy.solver.simulation.NavierStokesRun;
import dev.eddy.solver.simulation.RunConfig;
import dev.eddy.solver.simulation.Simulation;
import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs a {@link NavierStokesRun} for a command: builds it (invalid settings → {@link UserError}), writes its output
 * through {@link Simulation} with a progress bar, turns a blow-up into {@link RunFailed}, and reports what it wrote.
 */
public final class RunLauncher {

    /** Blow-up threshold on the Courant number (CFL 0.5 runs sit near 0.5; 50 is unambiguous). */
    static final double MAX_COURANT = 50.0;

    private RunLauncher() {
    }

    /** The command line as typed, for provenance. */
    public static String commandLine(CommandSpec spec) {
        return "eddy " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    }

    /**
     * As {@link #launch(CommandSpec, String, RunConfig, FftBackend, InitialState, double[][], int, Function,
     * Simulation.Output, boolean, boolean)} on the FFT backend of the system property {@value FftBackend#PROPERTY}
     * (default auto) for the spectral solver; the finite-volume solver always uses JTransforms, so the property is not
     * read for it.
     */
    public static Simulation.Result launch(CommandSpec spec, String label, RunConfig config, InitialState init,
            double[][] force, int threads, Function<NavierStokesRun, DatasetSchema> schemaOf, Simulation.Output output,
            boolean resume, boolean quiet) {
        if (!config.solver().equals("spectral")) {
            return launch(spec, label, config, FftBackend.JTRANSFORMS, init, force, threads, schemaOf, output, resume,
                    quiet);
        }
        FftBackend backend;
        try {
            backend = FftBackend.configured();
        } catch (FftBackend.UnavailableException | IllegalArgumentException e) {
            throw new UserError(FftBackend.PROPERTY + ": " + e.getMessage().replace('\n', ' '));
        }
        return launch(spec, label, config, backend, init, force, threads, schemaOf, output, resume, quiet);
    }

    /**
     * @param spectralFft the spectral step's FFT library (recorded in the output's {@code eddy_fft} attribute)
     * @param schemaOf    the output layout of the built run (its global attributes carry the provenance)
     */
    public static Simulation.Result launch(CommandSpec spec, String label, RunConfig config, FftBackend spectralFft,
            InitialState init, double[][] force, int threads, Function<NavierStokesRun, DatasetSchema> schemaOf,
            Simulation.Output output, boolean resume, boolean quiet) {
        if (threads < 1) {
            throw new UserError("--threads must be at least 1");
        }
        NavierStokesRun run;
        try {
            run = NavierStokesRun.create(config, init, force, threads, spectralFft);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        try (run) {
            Simulation simulation = new Simulation(run.model(), run.schedule(), schemaOf.apply(run), output, MAX_COURANT,
                    run.signature());
            Simulation.Result result;
            try (Progress progress = Progress.start(label, run.schedule().totalSteps(), quiet)) {
                result = simulation.run(resume, (step, total, time) -> {
                    progress.status(String.format(Locale.ROOT, "t=%.4g", time));
                    progress.advanceTo(step);
                });
            } catch (BlowUpException e) {
                throw new RunFailed(e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
            if (!quiet) {
                spec.commandLine().getErr().printf(Locale.ROOT, "eddy: wrote %d frames (%d steps, dt = %.6g%s) to %s in %.1f s%n",
                        result.frames(), result.steps(), run.model().dt(), result.resumed() ? ", resumed" : "",
                        output.file(), result.wallSeconds());
            }
            return result;
        }
    }
}
