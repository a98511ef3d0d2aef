package dev.eddy.solver.simulation;

import dev.eddy.data.DataKind;
import dev.eddy.data.DatasetSchema;
import dev.eddy.data.LabelledArray;
import dev.eddy.solver.diagnostics.FlowDiagnostics;
import dev.eddy.solver.fft.FftBackend;
import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.forcing.FaceForcing;
import dev.eddy.solver.forcing.Forcing;
import dev.eddy.solver.forcing.KolmogorovForcing;
import dev.eddy.solver.forcing.LinearDrag;
import dev.eddy.solver.field.Field;
import dev.eddy.solver.fv.FiniteVolumeSolver;
import dev.eddy.solver.fv.VelocityFromVorticity;
import dev.eddy.solver.grid.Offset;
import dev.eddy.solver.fv.FvEquation;
import dev.eddy.solver.fv.StatePrecision;
import dev.eddy.solver.fv.StepOptions;
import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.init.FilteredVelocityField;
import dev.eddy.solver.spectral.ImexScheme;
import dev.eddy.solver.spectral.Precision;
import dev.eddy.solver.spectral.SpectralSolver;
import dev.eddy.solver.spectral.SpectralParameters;
import dev.eddy.solver.spectral.VorticityForcing;
import dev.eddy.solver.timestepping.RungeKuttaScheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the model, schedule and NetCDF layout of an {@code eddy simulate} run from a {@link RunConfig}.
 *
 * <p>File layout (CF-1.8; dimensionless model units): {@code vorticity(time, [sample,] y, x)} for both solvers. For
 * the spectral solver {@code x_i = i·L/M} (collocation points). For the finite-volume solver {@code x}, {@code y} are
 * the cell-face/corner positions {@code (i+1)·Δx}, where vorticity lives (offset (1, 1)), and {@code x_center},
 * {@code y_center} the cell centres {@code (i+½)·Δx}, so {@code u(time, [sample,] y_center, x)} sits on x-faces and
 * {@code v(time, [sample,] y, x_center)} on y-faces. NetCDF-3 requires the unlimited {@code time} first, so an
 * ensemble's {@code sample} dimension comes right after it.
 */
public final class NavierStokesRun implements AutoCloseable {

    private final RunConfig config;
    private final Grid grid;
    private final List<SteppedModel> members;
    private final SteppedModel model;
    private final Schedule schedule;
    private final FftBackend fftBackend;

    private NavierStokesRun(RunConfig config, Grid grid, List<SteppedModel> members, int threads, FftBackend fftBackend) {
        this.config = config;
        this.fftBackend = fftBackend;
        this.grid = grid;
        this.members = members;
        this.model = members.size() == 1 ? members.getFirst() : new EnsembleModel(members, threads);
        this.schedule = Schedule.of(config.timeStep(), config.tEnd(), config.saveEvery(), config.spinup());
    }

    /**
     * @param init         initial state from a file, or null for the filtered random field
     * @param forceArrays  {@code {fx, fy}} of a user forcing on the simulation grid when {@code forcing = "file"}
     * @param threads      worker threads (ensemble members in parallel, or inside one member's step)
     */
    public static NavierStokesRun create(RunConfig config, InitialState init, double[][] forceArrays, int threads) {
        return create(config, init, forceArrays, threads,
                config.solver().equals("spectral") ? FftBackend.configured() : FftBackend.JTRANSFORMS);
    }

    /**
     * As {@link #create(RunConfig, InitialState, double[][], int)} with the spectral step on {@code spectralFft}
     * (the finite-volume solver always uses JTransforms).
     */
    public static NavierStokesRun create(RunConfig config, InitialState init, double[][] forceArrays, int threads,
                                         FftBackend spectralFft) {
        validate(config, init, forceArrays);
        FftBackend backend = config.solver().equals("spectral") ? spectralFft : FftBackend.JTRANSFORMS;
        Grid grid = Grid.square(config.grid(), config.domain());
        int innerThreads = config.ensemble() > 1 ? 1 : threads;
        List<SteppedModel> members = new ArrayList<>();
        for (int e = 0; e < config.ensemble(); e++) {
            long seed = config.seed() + e;
            members.add(switch (config.solver()) {
                case "fv" -> finiteVolume(config, grid, init, forceArrays, seed, innerThreads);
                case "spectral" -> spectral(config, grid, init, forceArrays, seed, innerThreads, backend);
                default -> throw new IllegalArgumentException("unknown solver '" + config.solver() + "' (fv, spectral)");
            });
        }
        return new NavierStokesRun(config, grid, members, threads, backend);
    }

    private static void validate(RunConfig c, InitialState init, double[][] force) {
        require(c.grid() >= 8 && c.grid() % 2 == 0, "--grid must be even and at least 8, got " + c.grid());
        require(c.domain() > 0 && Double.isFinite(c.domain()), "--domain must be positive");
        require(c.viscosity() >= 0 && Double.isFinite(c.viscosity()), "--viscosity must be finite and >= 0");
        require(c.drag() >= 0 && Double.isFinite(c.drag()), "--drag must be finite and >= 0");
        require(c.tEnd() > 0 && Double.isFinite(c.tEnd()), "--t-end must be positive");
        require(c.saveEvery() > 0 && Double.isFinite(c.saveEvery()), "--save-every must be positive");
        require(c.spinup() >= 0 && c.spinup() <= c.tEnd(), "--spinup must be between 0 and --t-end");
        require(Double.isNaN(c.dt()) || (c.dt() > 0 && Double.isFinite(c.dt())), "--dt must be positive");
        require(c.cfl() > 0 && Double.isFinite(c.cfl()), "--cfl must be positive");
        require(c.maxVelocity() > 0 && Double.isFinite(c.maxVelocity()), "--max-velocity must be positive");
        require(c.peakWavenumber() > 0, "--peak-wavenumber must be positive");
        require(c.ensemble() >= 1, "--ensemble must be at least 1");
        require(init == null || c.ensemble() == 1, "--ensemble needs random initial conditions; it cannot be combined with --init");
        require(c.saveGrid() >= 2 && c.saveGrid() <= c.grid() && c.grid() % c.saveGrid() == 0 && c.saveGrid() % 2 == 0,
                "--save-grid must be even and divide --grid, got " + c.saveGrid());
        require(c.precision().equals("double") || c.precision().equals("float"), "--precision must be double or float");
        require(!c.forcing().equals("file") || force != null, "--forcing file needs --forcing-file");
        require(Math.round(c.tEnd() / c.timeStep()) >= 1, "--t-end is shorter than one time step (dt = " + c.timeStep() + ")");
        int n = c.grid() * c.grid();
        if (init != null) {
            checkArray(init.vorticity(), n, "initial vorticity");
            checkArray(init.u(), n, "initial u");
            checkArray(init.v(), n, "initial v");
        }
        if (force != null) {
            checkArray(force[0], n, "forcing fx");
            checkArray(force[1], n, "forcing fy");
        }
    }

    private static void checkArray(double[] a, int n, String what) {
        if (a == null) {
            return;
        }
        require(a.length == n, what + " has " + a.length + " values, the grid needs " + n);
        for (int k = 0; k < a.length; k++) {
            require(Double.isFinite(a[k]), what + " has a non-finite value at flat index " + k);
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    private static SteppedModel finiteVolume(RunConfig c, Grid grid, InitialState init, double[][] force, long seed, int threads) {
        Forcing forcing = switch (c.forcing()) {
            case "kolmogorov" -> new KolmogorovForcing(grid, c.forcingScale(), c.forcingWavenumber());
            case "none" -> Forcing.none();
            case "file" -> new FaceForcing(StaggeredVelocity.of(grid, force[0], force[1]));
            default -> throw new IllegalArgumentException("unknown forcing '" + c.forcing() + "' (kolmogorov, none, file)");
        };
        if (c.drag() > 0) {
            forcing = forcing.plus(new LinearDrag(c.drag()));
        }
        FvEquation equation = FvEquation.of(grid, c.viscosity(), forcing);
        StepOptions options = StepOptions.automatic(grid.size()).withThreads(threads)
                .withPrecision(c.precision().equals("float") ? StatePrecision.FLOAT32 : StatePrecision.DOUBLE);
        FiniteVolumeSolver solver = c.timeStepper().equals("implicit-diffusion")
                ? FiniteVolumeSolver.implicitDiffusion(equation, c.timeStep(), options)
                : FiniteVolumeSolver.explicitDiffusion(equation, c.timeStep(), explicitScheme(c.timeStepper()), options);
        StaggeredVelocity initial;
        if (init == null) {
            initial = FilteredVelocityField.generate(grid, seed, c.peakWavenumber(), c.maxVelocity());
        } else if (init.hasVelocity()) {
            initial = StaggeredVelocity.of(grid, init.u().clone(), init.v().clone());
        } else {
            initial = VelocityFromVorticity.of(Field.of(grid, Offset.CORNER, init.vorticity()));
        }
        return new FiniteVolumeModel(solver, initial, c.saveGrid());
    }

    private static RungeKuttaScheme explicitScheme(String name) {
        if (!name.startsWith("explicit-")) {
            throw new IllegalArgumentException("unknown fv time stepper '" + name
                    + "' (implicit-diffusion, explicit-forward-euler, explicit-midpoint, explicit-heun, explicit-rk4)");
        }
        return RungeKuttaScheme.byName(name.substring("explicit-".length()));
    }

    private static SteppedModel spectral(RunConfig c, Grid grid, InitialState init, double[][] force, long seed, int threads,
                                         FftBackend backend) {
        VorticityForcing forcing = switch (c.forcing()) {
            case "kolmogorov" -> VorticityForcing.kolmogorov(c.forcingScale(), c.forcingWavenumber());
            case "none" -> VorticityForcing.none();
            case "file" -> VorticityForcing.fromArrays(force[0], force[1]);
            default -> throw new IllegalArgumentException("unknown forcing '" + c.forcing() + "' (kolmogorov, none, file)");
        };
        ImexScheme scheme = switch (c.timeStepper()) {
            case "cn-rk4" -> ImexScheme.CN_RK4;
            case "cn-rk3" -> ImexScheme.CN_RK3;
            case "cn-rk2" -> ImexScheme.CN_RK2;
            default -> throw new IllegalArgumentException("unknown spectral time stepper '" + c.timeStepper() + "' (cn-rk4, cn-rk3, cn-rk2)");
        };
        SpectralParameters parameters = new SpectralParameters(c.viscosity(), c.drag(), forcing, scheme, c.timeStep(), threads);
        SpectralSolver solver = SpectralSolver.create(grid, parameters,
                c.precision().equals("float") ? Precision.FLOAT : Precision.DOUBLE, backend);
        double[] vorticity = init != null && init.vorticity() != null ? init.vorticity().clone()
                : nodalVorticity(FilteredVelocityField.generate(grid, seed, c.peakWavenumber(), c.maxVelocity()));
        return new SpectralModel(solver, vorticity, c.saveGrid());
    }

    /**
     * The curl of a MAC velocity, moved from the corners {@code ((i+1)Δx, (j+1)Δy)} to the collocation nodes
     * {@code (iΔx, jΔy)} they coincide with.
     */
    static double[] nodalVorticity(StaggeredVelocity velocity) {
        Grid g = velocity.grid();
        double[] nodal = new double[g.size()];
        FiniteVolumeSolver.cornersToNodes(g, FlowDiagnostics.vorticity(velocity).data(), nodal);
        return nodal;
    }

    public SteppedModel model() {
        return model;
    }

    public Schedule schedule() {
        return schedule;
    }

    public Grid grid() {
        return grid;
    }

    /**
     * The NetCDF layout of the run's output, with the given global attributes (provenance); fields are stored in the
     * run's precision.
     */
    public DatasetSchema schema(Map<String, Object> globalAttributes) {
        return schema(globalAttributes, config.precision().equals("float") ? DataKind.FLOAT : DataKind.DOUBLE);
    }

    /** The NetCDF layout of the run's output with fields stored as {@code kind}. */
    public DatasetSchema schema(Map<String, Object> globalAttributes, DataKind kind) {
        int m = config.saveGrid();
        Grid saved = Grid.square(m, config.domain());
        boolean fv = config.solver().equals("fv");
        DatasetSchema.Builder b = DatasetSchema.builder();
        b.unlimitedTime("1", attrs("long_name", "model time", "axis", "T"));
        List<String> lead = new ArrayList<>(List.of(DatasetSchema.TIME));
        if (config.ensemble() > 1) {
            double[] samples = new double[config.ensemble()];
            for (int e = 0; e < samples.length; e++) {
                samples[e] = e;
            }
            b.dimension("sample", samples.length);
            b.coordinate(LabelledArray.of("sample", List.of("sample"), new int[] {samples.length}, samples)
                    .withAttribute("long_name", "ensemble member (initial-condition seed = eddy_seed + sample)")
                    .withAttribute("units", "1"));
            lead.add("sample");
        }
        double offset = fv ? 1.0 : 0.0;
        b.dimension("x", m).dimension("y", m);
        b.coordinate(axis("x", saved.xCoordinates(offset), "X", fv ? "x of cell faces and corners" : "x of collocation points"));
        b.coordinate(axis("y", saved.yCoordinates(offset), "Y", fv ? "y of cell faces and corners" : "y of collocation points"));
        if (fv) {
            b.dimension("x_center", m).dimension("y_center", m);
            b.coordinate(axis("x_center", saved.xCoordinates(0.5), "X", "x of cell centres"));
            b.coordinate(axis("y_center", saved.yCoordinates(0.5), "Y", "y of cell centres"));
        }
        b.variable("vorticity", kind, dims(lead, "y", "x"),
                attrs("long_name", "vorticity dv/dx - du/dy" + (fv ? " at cell corners" : " at collocation points"), "units", "1"));
        if (fv) {
            b.variable("u", kind, dims(lead, "y_center", "x"), attrs("long_name", "x-velocity on x-faces", "units", "1"));
            b.variable("v", kind, dims(lead, "y", "x_center"), attrs("long_name", "y-velocity on y-faces", "units", "1"));
        }
        globalAttributes.forEach(b::globalAttribute);
        b.globalAttribute("eddy_solver", fv ? "finite volume, MAC grid (JAX-CFD scheme)" : "pseudo-spectral vorticity");
        b.globalAttribute("eddy_fft", fftBackend.description());
        b.globalAttribute("eddy_dt", model.dt());
        b.globalAttribute("eddy_steps_per_save", (double) schedule.stepsPerSave());
        return b.build();
    }

    private static LabelledArray axis(String name, double[] values, String axis, String longName) {
        return LabelledArray.of(name, List.of(name), new int[] {values.length}, values)
                .withAttribute("long_name", longName).withAttribute("units", "1").withAttribute("axis", axis);
    }

    private static List<String> dims(List<String> lead, String... rest) {
        List<String> d = new ArrayList<>(lead);
        d.addAll(List.of(rest));
        return d;
    }

    private static Map<String, Object> attrs(String... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int k = 0; k < kv.length; k += 2) {
            m.put(kv[k], kv[k + 1]);
        }
        return m;
    }

    /** Text that identifies this run for checkpoints: the configuration without output-only settings. */
    public String signature() {
        return config.solver().equals("spectral") ? config.describe() + "\nfft = " + fftBackend.label() : config.describe();
    }

    /** The FFT library of the time step (JTransforms for the finite-volume solver). */
    public FftBackend fftBackend() {
        return fftBackend;
    }

    @Override
    public void close() {
        if (model instanceof EnsembleModel ensemble) {
            ensemble.close();
        }
        for (SteppedModel m : members) {
            if (m instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    throw new IllegalStateException("closing " + m, e);
                }
            }
        }
    }
}
