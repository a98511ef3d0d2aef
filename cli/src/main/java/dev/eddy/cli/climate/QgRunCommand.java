package dev.eddy.cli.climate;

import dev.eddy.cli.Progress;
import dev.eddy.cli.RunFailed;
import dev.eddy.cli.UserError;
import dev.eddy.climate.qg.Mm93Integrator;
import dev.eddy.climate.qg.Mm93Model;
import dev.eddy.climate.qg.Mm93Parameters;
import dev.eddy.climate.qg.ModelInputs;
import dev.eddy.climate.qg.QgRun;
import dev.eddy.climate.qg.ShippedT21Data;
import dev.eddy.climate.qg.TimeScheme;
import dev.eddy.climate.sphere.SphericalTransform;
import dev.eddy.data.DataFileException;
import dev.eddy.data.NetcdfFormat;
import dev.eddy.data.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eddy qg run}: integrates MM93 and writes CF-NetCDF psi and geopotential height. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the MM93 model and write psi and geopotential_height (time, level, lat, lon) to CF-NetCDF.",
            "Forcing, orography and land-sea mask: the shipped ERA5-derived T21 data from QG3.jl (MIT licence;",
            "Contains modified Copernicus Climate Change Service information), spectrally interpolated at T42."})
public final class QgRunCommand implements Runnable {
    @Option(names = "--resolution", defaultValue = "T21", description = "T21 (32x64) or T42 (64x128). Default: ${DEFAULT-VALUE}.")
    String resolution;

    @Option(names = "--days", required = true, description = "Days to save after the spin-up.")
    String days;

    @Option(names = "--save-every", defaultValue = "1d", description = "Save interval, e.g. 6h or 1d. Default: ${DEFAULT-VALUE}.")
    String saveEvery;

    @Option(names = "--spinup", defaultValue = "0", description = "Days integrated before saving starts. Default: ${DEFAULT-VALUE}.")
    String spinup;

    @Option(names = "--dt", description = "Time step, e.g. 30m or 1h. Default: 30m.")
    String dt;

    @Option(names = "--scheme", defaultValue = "rk4", description = "rk4 or heun. Default: ${DEFAULT-VALUE}.")
    String scheme;

    @Option(names = "--init", description = "Initial state: a NetCDF file with psi(level, lat, lon) or psi(time, ...) (last frame); default: the shipped ERA5 day.")
    Path init;

    @Option(names = "--forcing", defaultValue = "shipped", description = {"'shipped' (QG3.jl's ERA5 forcing corrected for physical beta advection, see docs/climate.md),",
        "'shipped-qg3jl' (as shipped), or a NetCDF file with forcing from 'eddy qg forcing'. Default: ${DEFAULT-VALUE}."})
    String forcing;

    @Option(names = "--shared", description = "Folder holding qg3-t21 (default: found next to the eddy installation or via EDDY_HOME).")
    Path shared;

    @Option(names = "--global", description = "Integrate both hemispheres independently (default: the hemispheric model of QG3.jl's MM93 runs).")
    boolean global;

    @Option(names = "--out", required = true, description = "Output NetCDF file.")
    Path out;

    @Option(names = "--checkpoint", description = "Checkpoint file (default: OUT.ckpt).")
    Path checkpoint;

    @Option(names = "--checkpoint-every", defaultValue = "10d", description = "Checkpoint interval. Default: ${DEFAULT-VALUE}.")
    String checkpointEvery;

    @Option(names = "--resume", description = "Finish an interrupted run from its checkpoint (same options as the first call).")
    boolean resume;

    @Option(names = "--overwrite", description = "Replace an existing output file.")
    boolean overwrite;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        int truncation = parseResolution(resolution);
        double runDays = Durations.seconds("--days", days, 86400) / 86400;
        double saveDays = Durations.seconds("--save-every", saveEvery, 86400) / 86400;
        double spinupDays = Durations.seconds("--spinup", spinup, 86400) / 86400;
        double checkpointDays = Durations.seconds("--checkpoint-every", checkpointEvery, 86400) / 86400;
        TimeScheme timeScheme = parseScheme(scheme);
        double step = dt == null ? 1800 : Durations.seconds("--dt", dt, 60);
        if (!(step > 0)) {
            throw new UserError("--dt must be positive");
        }
        if (saveDays <= 0) {
            throw new UserError("--save-every must be positive");
        }
        Path ckpt = checkpoint != null ? checkpoint : out.resolveSibling(out.getFileName() + ".ckpt");
        QgRun.Schedule schedule;
        try {
            schedule = new QgRun.Schedule(runDays, saveDays, spinupDays, checkpointDays);
            QgRun.wholeSteps(saveDays, step, "save interval");
            if (spinupDays > 0) {
                QgRun.wholeSteps(spinupDays, step, "spin-up");
            }
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        if (!resume && Files.exists(out) && !overwrite) {
            throw new UserError(out + " already exists (use --overwrite or --resume)");
        }
        boolean shippedForcing = forcing.equals("shipped") || forcing.equals("shipped-qg3jl");
        double[][] initLevels = init == null ? null : GridFiles.readLevels(init, "psi", true);
        double[][] forcingLevels = shippedForcing ? null : GridFiles.readLevels(Path.of(forcing), "forcing", false);
        try {
            SphericalTransform transform = SphericalTransform.forTruncation(truncation);
            ShippedT21Data data = ShippedT21Data.open(SharedData.qg3T21(shared));
            Mm93Parameters parameters = Mm93Parameters.mm93().withHemispheric(!global);
            ModelInputs shippedInputs = forcing.equals("shipped") ? ModelInputs.shippedPhysical(data, transform, parameters)
                    : ModelInputs.shipped(data, transform);
            double[] forcingSpec = shippedForcing ? shippedInputs.forcing() : ModelInputs.levelsToSpectral(forcingLevels, transform);
            double[] psi = initLevels == null ? shippedInputs.initialPsi() : ModelInputs.levelsToSpectral(initLevels, transform);
            Mm93Model model = Mm93Model.create(transform, parameters, shippedInputs.surface(), forcingSpec);
            Mm93Integrator integrator = new Mm93Integrator(model, timeScheme, step);
            QgRun run = new QgRun(integrator, schedule);
            double[] q = new double[model.stateLength()];
            model.potentialVorticityAnomaly(psi, q);
            try (Progress progress = Progress.start("qg run", 1, quiet)) {
                if (resume) {
                    if (!Files.exists(ckpt) || !Files.exists(out)) {
                        throw new UserError("--resume needs " + out + " and its checkpoint " + ckpt);
                    }
                    run.resume(out, ckpt, progress::advanceTo);
                } else {
                    run.start(q, out, ckpt, NetcdfFormat.NC3, overwrite, attributes(truncation, runDays, saveDays, spinupDays,
                            timeScheme, step, parameters), progress::advanceTo);
                }
            }
        } catch (IOException | DataFileException e) {
            throw new UserError(e.getMessage(), e);
        } catch (ArithmeticException e) {
            throw new RunFailed(e.getMessage() + "; try a smaller --dt");
        }
    }

    private Map<String, Object> attributes(int truncation, double runDays, double saveDays, double spinupDays, TimeScheme s,
                                           double step, Mm93Parameters parameters) {
        String config = String.format(Locale.ROOT, "resolution=T%d days=%s save_every_days=%s spinup_days=%s scheme=%s dt_s=%s "
                + "forcing=%s init=%s %s", truncation, runDays, saveDays, spinupDays, s, step, forcing,
                init == null ? "shipped" : init, parameters);
        Map<String, Object> a = new LinkedHashMap<>(Provenance.of("eddy " + String.join(" ",
                spec.root().commandLine().getParseResult().originalArgs()), config, 0));
        a.put("title", "Marshall-Molteni three-level QG model run");
        return a;
    }

    static int parseResolution(String text) {
        return switch (text.trim().toUpperCase(Locale.ROOT)) {
            case "T21" -> 21;
            case "T42" -> 42;
            default -> throw new UserError("--resolution must be T21 or T42, got '" + text + "'");
        };
    }

    private static TimeScheme parseScheme(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "rk4" -> TimeScheme.RK4;
            case "heun" -> TimeScheme.HEUN;
            default -> throw new UserError("--scheme must be rk4 or heun, got '" + text + "'");
        };
    }
}
