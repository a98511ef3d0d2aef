package dev.eddy.solver.spectral.bench;

import dev.eddy.solver.fft.FftBackend;
import dev.eddy.solver.fft.FftwRealFftBatch;
import dev.eddy.solver.fft.RealFft2D;
import dev.eddy.solver.fft.RealFftBatch;
import dev.eddy.solver.fft.RealFft2DFloat;
import dev.eddy.solver.fft.SpectralField;
import dev.eddy.solver.fft.SpectralFieldFloat;
import dev.eddy.solver.fft.WorkerTeam;
import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.forcing.KolmogorovForcing;
import dev.eddy.solver.fv.FiniteVolumeNavierStokes;
import dev.eddy.solver.fv.FvEquation;
import dev.eddy.solver.fv.StatePrecision;
import dev.eddy.solver.fv.StepOptions;
import dev.eddy.solver.fv.TimeStepSize;
import dev.eddy.solver.fv.VelocityStep;
import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.init.FilteredVelocityField;
import dev.eddy.solver.spectral.Precision;
import dev.eddy.solver.spectral.SpectralParameters;
import dev.eddy.solver.spectral.SpectralSolver;
import dev.eddy.solver.spectral.VorticitySpectra;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Wall-clock time of one solver step (bench/solver/run.sh drives it; not a unit test). Prints tab-separated lines
 * {@code java <solver> <N> <precision> <threads> <ms/step> <ms of the step's FFTs alone or -> <FFTs per step or ->
 * <FFT backend>}. The spectral step is timed on each backend asked for ({@code fftw}, {@code jtransforms}); the
 * finite-volume step always runs on JTransforms.
 *
 * <p>Method: Kolmogorov flow (ν = 1e-3, drag 0.1, f_x = sin 4y, dt = CFL 0.5 at v_max 7) from the filtered random
 * velocity field (peak wavenumber 4, max speed 7, seed 0). After warm-up, {@code reps} rounds each time a batch of
 * steps and, interleaved, a batch of the step's FFTs alone ({@code 4·stages} inverse + {@code stages} forward real
 * 2-D FFTs of N² on the same number of threads and backend: JTransforms' {@link RealFft2D}, or FFTW's batched
 * {@link FftwRealFftBatch}, 4 inverse in one call); medians per step are reported. Arguments:
 * {@code sizes (comma list) threads reps [backends (comma list, default fftw,jtransforms)]}.
 *
 * <p>{@code check DIR [backends]} instead writes 20-step results of both solvers (the spectral one on each backend,
 * {@code spectral_<backend>.bin}) at 64² from analytic initial fields (see {@link #check}) as little-endian float64
 * files, which {@code peer.py check DIR} compares with the peer.
 */
public final class SolverStepBenchmark {

    private SolverStepBenchmark() {
    }

    public static void main(String[] args) throws java.io.IOException {
        if (args.length >= 2 && args[0].equals("check")) {
            check(java.nio.file.Path.of(args[1]), backends(args.length > 2 ? args[2] : "fftw,jtransforms"));
            return;
        }
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "256,1024").split(",")).mapToInt(Integer::parseInt).toArray();
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        List<FftBackend> backends = backends(args.length > 3 ? args[3] : "fftw,jtransforms");
        PrintStream out = System.out;
        for (int n : sizes) {
            Grid grid = Grid.square2Pi(n);
            double dt = TimeStepSize.advective(grid, 7.0, 0.5);
            StaggeredVelocity v0 = FilteredVelocityField.generate(grid, 0, 4, 7.0);
            int batch = Math.max(1, (int) Math.round(10.0 * (256.0 * 256.0) / (n * (double) n)));
            for (Precision precision : Precision.values()) {
                for (FftBackend backend : backends) {
                    double[] spectral = spectral(grid, dt, v0, precision, backend, threads, reps, batch);
                    out.printf(Locale.ROOT, "java\tspectral\t%d\t%s\t%d\t%.3f\t%.3f\t%d\t%s%n", n,
                            precision.name().toLowerCase(Locale.ROOT), threads, spectral[0], spectral[1],
                            (int) spectral[2], backend.label());
                }
                double fv = finiteVolume(grid, dt, v0, precision, threads, reps, batch);
                out.printf(Locale.ROOT, "java\tfv\t%d\t%s\t%d\t%.3f\t-\t-\t%s%n", n,
                        precision.name().toLowerCase(Locale.ROOT), threads, fv, FftBackend.JTRANSFORMS.label());
            }
        }
        out.flush();
    }

    /**
     * 20 steps (dt 0.01, Kolmogorov settings, one thread) on 64² from
     * {@code ω = 3 sin x cos 2y + 2 cos(3x + y) + sin(5y − 2x)} (spectral, on the nodes) and
     * {@code u = 2 sin x cos y + cos 2y}, {@code v = −2 cos x sin y + ½ sin 3x} (finite volume, on the MAC faces).
     */
    private static List<FftBackend> backends(String list) {
        return Arrays.stream(list.split(",")).map(FftBackend::select).distinct().toList();
    }

    private static void check(java.nio.file.Path dir, List<FftBackend> backends) throws java.io.IOException {
        int n = 64;
        Grid grid = Grid.square2Pi(n);
        double dt = 0.01;
        double[] x = grid.xCoordinates(0.0);
        double[] y = grid.yCoordinates(0.0);
        for (FftBackend backend : backends) {
            double[] w = new double[grid.size()];
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    w[j * n + i] = 3 * Math.sin(x[i]) * Math.cos(2 * y[j]) + 2 * Math.cos(3 * x[i] + y[j])
                            + Math.sin(5 * y[j] - 2 * x[i]);
                }
            }
            try (SpectralSolver solver = SpectralSolver.create(grid, SpectralParameters.kolmogorov(dt),
                    Precision.DOUBLE, backend)) {
                solver.setVorticity(w);
                solver.advance(20);
                solver.vorticity(w);
            }
            write(dir.resolve("spectral_" + backend.label() + ".bin"), w);
        }
        double dx = grid.dx();
        double[] u = new double[grid.size()];
        double[] v = new double[grid.size()];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double xu = (i + 1) * dx;
                double yu = (j + 0.5) * dx;
                double xv = (i + 0.5) * dx;
                double yv = (j + 1) * dx;
                u[j * n + i] = 2 * Math.sin(xu) * Math.cos(yu) + Math.cos(2 * yu);
                v[j * n + i] = -2 * Math.cos(xv) * Math.sin(yv) + 0.5 * Math.sin(3 * xv);
            }
        }
        FvEquation eq = FvEquation.of(grid, 1e-3, KolmogorovForcing.withDrag(grid, 1, 4, 0.1));
        try (VelocityStep step = FiniteVolumeNavierStokes.implicitDiffusion(eq, dt, StepOptions.sequential())) {
            StaggeredVelocity state = StaggeredVelocity.of(grid, u, v);
            step.advance(state, 20);
            write(dir.resolve("fv_u.bin"), state.u().data());
            write(dir.resolve("fv_v.bin"), state.v().data());
        }
    }

    private static void write(java.nio.file.Path file, double[] values) throws java.io.IOException {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 * values.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (double value : values) {
            b.putDouble(value);
        }
        java.nio.file.Files.write(file, b.array());
    }

    /** {median ms per step, median ms of the step's FFTs alone, FFTs per step}. */
    private static double[] spectral(Grid grid, double dt, StaggeredVelocity v0, Precision precision,
                                     FftBackend backend, int threads, int reps, int batch) {
        SpectralParameters p = SpectralParameters.kolmogorov(dt).withThreads(threads);
        double[] omega = nodalVorticity(grid, v0);
        try (SpectralSolver solver = SpectralSolver.create(grid, p, precision, backend);
             WorkerTeam team = WorkerTeam.of(threads);
             RealFftBatch fftwBatch = backend == FftBackend.FFTW ? fftwBatch(grid, precision, threads) : null) {
            solver.setVorticity(omega);
            int stages = p.scheme().stages();
            Runnable ffts = fftwBatch != null ? fftwAlone(fftwBatch, stages) : fftsAlone(grid, precision, team, stages);
            Runnable step = solver::step;
            warmUp(step, ffts, batch);
            List<Double> stepTimes = new ArrayList<>();
            List<Double> fftTimes = new ArrayList<>();
            for (int r = 0; r < reps; r++) {
                stepTimes.add(time(step, batch));
                fftTimes.add(time(ffts, batch));
            }
            double[] check = new double[grid.size()];
            solver.vorticity(check);
            requireFinite(check, "spectral " + precision);
            return new double[] {median(stepTimes), median(fftTimes), solver.fftsPerStep()};
        }
    }

    private static double finiteVolume(Grid grid, double dt, StaggeredVelocity v0, Precision precision, int threads,
                                       int reps, int batch) {
        FvEquation eq = FvEquation.of(grid, 1e-3, KolmogorovForcing.withDrag(grid, 1, 4, 0.1));
        StatePrecision statePrecision = precision == Precision.DOUBLE ? StatePrecision.DOUBLE : StatePrecision.FLOAT32;
        StepOptions options = new StepOptions(threads, statePrecision);
        try (VelocityStep step = FiniteVolumeNavierStokes.implicitDiffusion(eq, dt, options)) {
            StaggeredVelocity v = v0.copy();
            Runnable one = () -> step.advance(v);
            warmUp(one, one, batch);
            List<Double> times = new ArrayList<>();
            for (int r = 0; r < reps; r++) {
                times.add(time(one, batch));
            }
            if (!v.isFinite()) {
                throw new IllegalStateException("finite-volume run blew up");
            }
            return median(times);
        }
    }

    private static RealFftBatch fftwBatch(Grid grid, Precision precision, int threads) {
        return precision == Precision.DOUBLE ? FftwRealFftBatch.ofDoubles(grid.ny(), grid.nx(), 4, threads)
                : FftwRealFftBatch.ofFloats(grid.ny(), grid.nx(), 4, threads);
    }

    /** The FFTW step's transforms alone: per stage one batched inverse of 4 spectra and one forward transform. */
    private static Runnable fftwAlone(RealFftBatch fft, int stages) {
        return () -> {
            for (int s = 0; s < stages; s++) {
                fft.inverseAll();
                fft.forwardFirst();
            }
        };
    }

    /** The spectral step's FFTs alone: {@code 4·stages} inverse and {@code stages} forward transforms. */
    private static Runnable fftsAlone(Grid grid, Precision precision, WorkerTeam team, int stages) {
        int n = grid.size();
        if (precision == Precision.DOUBLE) {
            RealFft2D fft = RealFft2D.of(grid.ny(), grid.nx(), team);
            SpectralField[] spectra = {fft.newSpectrum(), fft.newSpectrum(), fft.newSpectrum(), fft.newSpectrum()};
            double[][] fields = new double[5][n];
            Arrays.fill(fields[4], 1.0);
            fft.forward(fields[4], spectra[0]);
            return () -> {
                for (int s = 0; s < stages; s++) {
                    for (int f = 0; f < 4; f++) {
                        fft.inverse(spectra[f], fields[f]);
                    }
                    fft.forward(fields[4], spectra[s % 4]);
                }
            };
        }
        RealFft2DFloat fft = RealFft2DFloat.of(grid.ny(), grid.nx(), team);
        SpectralFieldFloat[] spectra = {fft.newSpectrum(), fft.newSpectrum(), fft.newSpectrum(), fft.newSpectrum()};
        float[][] fields = new float[5][n];
        Arrays.fill(fields[4], 1f);
        fft.forward(fields[4], spectra[0]);
        return () -> {
            for (int s = 0; s < stages; s++) {
                for (int f = 0; f < 4; f++) {
                    fft.inverse(spectra[f], fields[f]);
                }
                fft.forward(fields[4], spectra[s % 4]);
            }
        };
    }

    /** Vorticity at the nodes from the MAC velocity: spectral curl of the face values, a fine start for timing. */
    private static double[] nodalVorticity(Grid grid, StaggeredVelocity v) {
        try (RealFft2D fft = RealFft2D.of(grid)) {
            SpectralField w = VorticitySpectra.vorticityFromVelocity(grid, fft, v.u().data(), v.v().data());
            double[] out = new double[grid.size()];
            fft.inverse(w, out);
            return out;
        }
    }

    private static void warmUp(Runnable a, Runnable b, int batch) {
        long end = System.nanoTime() + 2_000_000_000L;
        int rounds = 0;
        while (rounds < 3 || (System.nanoTime() < end && rounds < 200)) {
            for (int i = 0; i < batch; i++) {
                a.run();
                b.run();
            }
            rounds++;
        }
    }

    private static double time(Runnable r, int batch) {
        long t0 = System.nanoTime();
        for (int i = 0; i < batch; i++) {
            r.run();
        }
        return (System.nanoTime() - t0) / 1e6 / batch;
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : 0.5 * (v[v.length / 2 - 1] + v[v.length / 2]);
    }

    private static void requireFinite(double[] values, String what) {
        for (double x : values) {
            if (!Double.isFinite(x)) {
                throw new IllegalStateException(what + " produced a non-finite value");
            }
        }
    }
}
