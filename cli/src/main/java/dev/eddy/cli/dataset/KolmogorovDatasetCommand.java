package dev.eddy.cli.dataset;

import dev.eddy.cli.UserError;
import dev.eddy.data.DataKind;
import dev.eddy.data.NetcdfFormat;
import dev.eddy.cli.simulate.RunLauncher;
import dev.eddy.data.Provenance;
import dev.eddy.solver.simulation.RunConfig;
import dev.eddy.solver.simulation.Simulation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eddy dataset kolmogorov}: K finite-volume DNS trajectories of Kolmogorov flow at M², staggered-downsampled to
 * N² at every coarse step {@code dt_N = π/(7N)} (tsm.md §1: CFL 0.5 with max velocity 7), stored as float32.
 */
@Command(name = "kolmogorov", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Kolmogorov-flow data as in Kochkov et al. 2021 / TSM (tsm.md section 1): K DNS trajectories on an M×M",
            "finite-volume grid (dt_M = pi/(7M)), members in parallel, spun up for T0, then saved for T time units",
            "at every coarse step dt_N = pi/(7N), downsampled to N×N by staggered averaging (keeps div = 0).",
            "Writes float32 u, v and vorticity with dimensions (time, sample, y, x); resumable with --resume.",
            "Train and test splits differ by seed: by convention test seeds are far from training seeds."
        },
        footer = {"", "Example (the 'small' preset's data):",
            "  eddy dataset kolmogorov --dns-grid 256 --grid 32 --trajectories 8 --seed 100 --spinup 10 --length 10 --out train.nc",
            "  eddy dataset kolmogorov --dns-grid 256 --grid 32 --trajectories 4 --seed 9000 --spinup 10 --length 10 --split test --out test.nc"})
public final class KolmogorovDatasetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dns-grid", required = true, paramLabel = "M", description = "DNS grid M (M×M).")
    int dnsGrid;

    @Option(names = "--grid", required = true, paramLabel = "N", description = "Stored grid N; must divide M.")
    int grid;

    @Option(names = "--trajectories", required = true, paramLabel = "K", description = "Number of trajectories (seeds S..S+K-1).")
    int trajectories;

    @Option(names = "--seed", required = true, paramLabel = "S", description = "Seed of the first trajectory's initial condition.")
    long seed;

    @Option(names = "--spinup", defaultValue = "40", paramLabel = "T0", description = "Time before the first stored frame. Default: ${DEFAULT-VALUE} (TSM train).")
    double spinup;

    @Option(names = "--length", required = true, paramLabel = "T", description = "Stored time span per trajectory.")
    double length;

    @Option(names = "--split", defaultValue = "train", description = "train or test (recorded in the file). Default: ${DEFAULT-VALUE}.")
    String split;

    @Option(names = "--viscosity", defaultValue = "1e-3", paramLabel = "NU", description = "Viscosity. Default: ${DEFAULT-VALUE} (Re = 1000).")
    double viscosity;

    @Option(names = "--out", required = true, paramLabel = "FILE.nc", description = "Output file.")
    Path out;

    @Option(names = "--overwrite", description = "Replace an existing output file.")
    boolean overwrite;

    @Option(names = "--resume", description = "Continue an interrupted generation from FILE.nc.ckpt.")
    boolean resume;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (trajectories run in parallel). Default: the number of cores.")
    Integer threads;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() {
        if (!split.equals("train") && !split.equals("test")) {
            throw new UserError("--split must be train or test, got '" + split + "'");
        }
        if (grid < 8 || dnsGrid < grid || dnsGrid % grid != 0) {
            throw new UserError("--grid must be >= 8 and divide --dns-grid, got " + grid + " and " + dnsGrid);
        }
        if (!(length > 0) || !(spinup >= 0)) {
            throw new UserError("--length must be positive and --spinup non-negative");
        }
        if (!resume && !overwrite && Files.exists(out)) {
            throw new UserError(out + " already exists; use --overwrite to replace it or --resume to continue it");
        }
        double coarseStep = Math.PI / (7.0 * grid);
        RunConfig config = new RunConfig("fv", dnsGrid, 2 * Math.PI, viscosity, 0.1, "kolmogorov", 4, 1,
                spinup + length, coarseStep, Double.NaN, 0.5, 7, spinup, seed, 4, grid, trajectories, "double",
                "implicit-diffusion", null, null);
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        RunLauncher.launch(spec, "dataset", config, null, null, workers, run -> {
            Map<String, Object> attributes = new LinkedHashMap<>(
                    Provenance.of(RunLauncher.commandLine(spec), config.describe() + "\nsplit = " + split, seed));
            attributes.put("eddy_split", split);
            attributes.put("eddy_dns_grid", (double) dnsGrid);
            attributes.put("eddy_coarse_dt", coarseStep);
            return run.schema(attributes, DataKind.FLOAT);
        }, new Simulation.Output(out, NetcdfFormat.NC3, overwrite, 60), resume, quiet);
        return 0;
    }
}
