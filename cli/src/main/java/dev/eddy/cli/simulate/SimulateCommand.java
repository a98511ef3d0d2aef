package dev.eddy.cli.simulate;

import dev.eddy.cli.UserError;
import dev.eddy.data.NetcdfFormat;
import dev.eddy.data.NetcdfReader;
import dev.eddy.data.Provenance;
import dev.eddy.solver.fft.FftBackend;
import dev.eddy.solver.fft.FftwLibrary;
import dev.eddy.solver.simulation.InitialState;
import dev.eddy.solver.simulation.RunConfig;
import dev.eddy.solver.simulation.Simulation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eddy simulate}: runs the 2-D Navier–Stokes DNS and writes a CF-NetCDF trajectory. */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Simulate 2-D incompressible Navier-Stokes and write a CF-NetCDF trajectory.",
            "Periodic square, finite volume on a MAC grid (JAX-CFD scheme) or pseudo-spectral vorticity. Writes vorticity "
                + "and, for fv, the face velocities u and v. Defaults reproduce Kochkov/TSM Kolmogorov flow at Re = 1000: "
                + "L = 2*pi, nu = 1e-3, drag 0.1, f_x = sin(4y), dt from CFL 0.5 with max velocity 7, random initial "
                + "velocity with peak wavenumber 4 scaled to max speed 7.",
            "Model time runs from 0 to --t-end; frames are saved from --spinup on, every max(1, round(save-every/dt)) "
                + "steps; the time coordinate holds the exact times reached."
        },
        footer = {"", "Examples:",
            "  eddy simulate --solver fv --grid 64 --t-end 10 --save-every 0.5 --out kolmogorov.nc",
            "  eddy simulate --solver spectral --grid 256 --forcing none --drag 0 --t-end 5 --save-every 0.1 --out decay.nc",
            "  eddy simulate ... --out run.nc --resume      (continue a killed run from its checkpoint run.nc.ckpt)"})
public final class SimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--solver", defaultValue = "fv", description = "fv (finite volume, MAC grid) or spectral (pseudo-spectral vorticity). Default: ${DEFAULT-VALUE}.")
    String solver;

    @Option(names = "--grid", required = true, paramLabel = "N", description = "Simulation grid N (N×N, even, >= 8).")
    int grid;

    @Option(names = "--domain", defaultValue = "6.283185307179586", paramLabel = "L", description = "Domain side L. Default: 2*pi.")
    double domain;

    @Option(names = "--viscosity", defaultValue = "1e-3", paramLabel = "NU", description = "Kinematic viscosity. Default: ${DEFAULT-VALUE}.")
    double viscosity;

    @Option(names = "--drag", defaultValue = "0.1", paramLabel = "D", description = "Linear drag coefficient (-D*u). Default: ${DEFAULT-VALUE}.")
    double drag;

    @Option(names = "--forcing", defaultValue = "kolmogorov", description = "kolmogorov (f_x = scale*sin(k*y)), none (decaying turbulence) or file (--forcing-file). Default: ${DEFAULT-VALUE}.")
    String forcing;

    @Option(names = "--forcing-wavenumber", defaultValue = "4", paramLabel = "K", description = "Kolmogorov wavenumber k. Default: ${DEFAULT-VALUE}.")
    double forcingWavenumber;

    @Option(names = "--forcing-scale", defaultValue = "1", paramLabel = "S", description = "Kolmogorov amplitude. Default: ${DEFAULT-VALUE}.")
    double forcingScale;

    @Option(names = "--forcing-file", paramLabel = "FILE.nc", description = "User forcing: variables fx(y, x), fy(y, x) on the simulation grid, at the solver's velocity points (fv: x-faces / y-faces; spectral: nodes).")
    Path forcingFile;

    @Option(names = "--t-end", required = true, paramLabel = "T", description = "Final model time (spin-up included).")
    double tEnd;

    @Option(names = "--save-every", defaultValue = "1", paramLabel = "S", description = "Model time between saved frames. Default: ${DEFAULT-VALUE}.")
    double saveEvery;

    @Option(names = "--dt", paramLabel = "DT", description = "Fixed time step (overrides --cfl / --max-velocity).")
    Double dt;

    @Option(names = "--cfl", defaultValue = "0.5", paramLabel = "C", description = "Courant number for dt = C*(L/N)/V. Default: ${DEFAULT-VALUE}.")
    double cfl;

    @Option(names = "--max-velocity", defaultValue = "7", paramLabel = "V", description = "Velocity scale V of the CFL step and of the random initial field. Default: ${DEFAULT-VALUE}.")
    double maxVelocity;

    @Option(names = "--spinup", defaultValue = "0", paramLabel = "T0", description = "Model time before the first saved frame. Default: ${DEFAULT-VALUE}.")
    double spinup;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "K", description = "Seed of the random initial condition (ensemble member e uses K+e). Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--peak-wavenumber", defaultValue = "4", paramLabel = "P", description = "Peak wavenumber of the random initial condition. Default: ${DEFAULT-VALUE}.")
    double peakWavenumber;

    @Option(names = "--init", paramLabel = "FILE.nc", description = "Initial condition: vorticity(y, x) or the last frame of vorticity(time, y, x); fv also takes u and v (then they win).")
    Path init;

    @Option(names = "--save-grid", paramLabel = "M", description = "Save frames downsampled to M×M (fv: staggered averaging that keeps div = 0; spectral: truncation). Default: --grid.")
    Integer saveGrid;

    @Option(names = "--ensemble", defaultValue = "1", paramLabel = "E", description = "Members with seeds K..K+E-1, stepped in parallel; adds a sample dimension. Default: ${DEFAULT-VALUE}.")
    int ensemble;

    @Option(names = "--precision", defaultValue = "double", description = "double or float (spectral: float32 arithmetic; fv: double arithmetic, state rounded to float32 after every step). Files store the same precision. Default: ${DEFAULT-VALUE}.")
    String precision;

    @Option(names = "--time-stepper", paramLabel = "NAME", description = "fv: implicit-diffusion (default), explicit-forward-euler, explicit-midpoint, explicit-heun, explicit-rk4; spectral: cn-rk4 (default), cn-rk3, cn-rk2.")
    String timeStepper;

    @Option(names = "--fft", defaultValue = "${sys:eddy.fft:-auto}", paramLabel = "LIB", description = "FFT library of the spectral step: auto (FFTW when libfftw3 loads, else JTransforms), fftw or jtransforms; the one used is recorded in the eddy_fft attribute. fv always uses JTransforms. Default: ${DEFAULT-VALUE}.")
    String fft;

    @Option(names = "--format", defaultValue = "nc3", description = "nc3 (NetCDF-3 64-bit offset, crash-safe) or nc4 (NetCDF-4 deflate; needs libnetcdf). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE.nc", description = "Output file.")
    Path out;

    @Option(names = "--overwrite", description = "Replace an existing output file.")
    boolean overwrite;

    @Option(names = "--resume", description = "Continue an interrupted run from FILE.nc.ckpt; the finished file equals an uninterrupted run's.")
    boolean resume;

    @Option(names = "--checkpoint-every", defaultValue = "60", paramLabel = "SECONDS", description = "Least wall time between checkpoints (0: after every saved frame). Default: ${DEFAULT-VALUE}.")
    double checkpointSeconds;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads. Default: the number of cores.")
    Integer threads;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() {
        NetcdfFormat netcdfFormat = parseFormat();
        if (!resume && !overwrite && Files.exists(out)) {
            throw new UserError(out + " already exists; use --overwrite to replace it or --resume to continue it");
        }
        if (checkpointSeconds < 0) {
            throw new UserError("--checkpoint-every must be >= 0");
        }
        String stepper = timeStepper != null ? timeStepper : solver.equals("spectral") ? "cn-rk4" : "implicit-diffusion";
        RunConfig config = new RunConfig(solver, grid, domain, viscosity, drag, forcing, forcingWavenumber, forcingScale,
                tEnd, saveEvery, dt == null ? Double.NaN : dt, cfl, maxVelocity, spinup, seed, peakWavenumber,
                saveGrid == null ? grid : saveGrid, ensemble, precision, stepper,
                init == null ? null : init.toString(), forcingFile == null ? null : forcingFile.toString());
        InitialState initialState = init == null ? null : readInit();
        double[][] force = forcingFile == null ? null : readForcing();
        if (forcingFile != null && !forcing.equals("file")) {
            throw new UserError("--forcing-file needs --forcing file");
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        RunLauncher.launch(spec, "simulate", config, fftBackend(), initialState, force, workers,
                run -> run.schema(Provenance.of(RunLauncher.commandLine(spec), config.describe(), seed)),
                new Simulation.Output(out, netcdfFormat, overwrite, checkpointSeconds), resume, quiet);
        return 0;
    }

    private FftBackend fftBackend() {
        FftBackend backend;
        try {
            backend = FftBackend.select(fft);
        } catch (FftBackend.UnavailableException e) {
            throw new UserError("--fft fftw needs the FFTW 3 library (" + FftwLibrary.loadFailure().replace('\n', ' ')
                    + "); apt-get install libfftw3-double3 libfftw3-single3, or use --fft auto or --fft jtransforms");
        } catch (IllegalArgumentException e) {
            throw new UserError("--fft must be auto, fftw or jtransforms, got '" + fft + "'");
        }
        if (!solver.equals("spectral") && fft.trim().equalsIgnoreCase("fftw")) {
            throw new UserError("--fft fftw applies to the spectral solver; the finite-volume solver uses JTransforms");
        }
        return backend;
    }

    private NetcdfFormat parseFormat() {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "nc3" -> NetcdfFormat.NC3;
            case "nc4" -> {
                if (!NetcdfFormat.nc4Available()) {
                    throw new UserError("--format nc4 needs the NetCDF C library (apt-get install libnetcdf19); use --format nc3");
                }
                yield NetcdfFormat.NC4;
            }
            default -> throw new UserError("--format must be nc3 or nc4, got '" + format + "'");
        };
    }

    private InitialState readInit() {
        try (NetcdfReader reader = FieldFiles.open(init)) {
            boolean velocity = solver.equals("fv") && FieldFiles.has(reader, "u") && FieldFiles.has(reader, "v");
            if (velocity) {
                return new InitialState(null, FieldFiles.read(reader, init, "u", grid), FieldFiles.read(reader, init, "v", grid));
            }
            return new InitialState(FieldFiles.read(reader, init, "vorticity", grid), null, null);
        }
    }

    private double[][] readForcing() {
        try (NetcdfReader reader = FieldFiles.open(forcingFile)) {
            return new double[][] {FieldFiles.read(reader, forcingFile, "fx", grid), FieldFiles.read(reader, forcingFile, "fy", grid)};
        }
    }
}
