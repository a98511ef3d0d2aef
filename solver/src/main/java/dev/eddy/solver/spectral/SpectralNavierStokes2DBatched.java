package dev.eddy.solver.spectral;

import dev.eddy.solver.fft.FftBackend;
import dev.eddy.solver.fft.FftwRealFftBatch;
import dev.eddy.solver.fft.RealFft2D;
import dev.eddy.solver.fft.RealFftBatch;
import dev.eddy.solver.fft.SpectralField;
import dev.eddy.solver.fft.Wavenumbers;
import dev.eddy.solver.fft.WorkerTeam;
import dev.eddy.solver.grid.Grid;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * The pseudo-spectral vorticity step of {@link SpectralNavierStokes2D} (same equations, tableau, filter and forcing;
 * tsm.md §2.6) on whole 2-D FFTs from a {@link RealFftBatch}: FFTW's in production ({@link FftBackend#FFTW}).
 *
 * <p>Each explicit evaluation:
 * <ol>
 *   <li>write {@code s·û, s·v̂, s·∂xω̂, s·∂yω̂} ({@code û = i·k_y·ψ̂}, {@code v̂ = −i·k_x·ψ̂}, {@code ψ̂ = ω̂/|k|²},
 *       {@code s = 1/(nx·ny)} folding the unnormalised inverse's gain into the wavenumbers) into the batch's four
 *       spectra;</li>
 *   <li>one batched unnormalised inverse ({@code c2r}) of the four;</li>
 *   <li>{@code a = −(u·∂xω + v·∂yω)} on the nodes, written over {@code u} (field 0);</li>
 *   <li>one forward transform ({@code r2c}) of field 0 into spectrum 0;</li>
 *   <li>per coefficient: {@code F = B·â + curl f̂}, the stage update of ω̂ and the time-stepper register, and in the
 *       same sweep the next stage's step 1 (it reads spectrum 0 at a coefficient before overwriting it).</li>
 * </ol>
 * Steps 1, 3 and 5 are split by rows over a {@link WorkerTeam}; the transforms use the batch's own threads (the same
 * number). Nothing is allocated per step.
 *
 * <p>Threading: one instance steps one state at a time; it is not thread-safe. Close it to free the native buffers
 * and stop the worker threads.
 */
public final class SpectralNavierStokes2DBatched implements SpectralStep {


    private static final ValueLayout.OfDouble VALUE = ValueLayout.JAVA_DOUBLE;

    private final Grid grid;
    private final SpectralParameters parameters;
    private final int ny;
    private final int nx;
    private final int columns;
    private final long fieldSize;
    private final long spectrumSize;
    private final double[] kx;
    private final double[] ky;
    private final double[] kxScaled;
    private final double[] kyScaled;
    private final double viscosity;
    private final double drag;
    private final BrickWallFilter filter;
    private final boolean[] rowKept;
    private final int keptColumns;
    private final double[] curlRe;
    private final double[] curlIm;
    private final WorkerTeam team;
    private final RealFft2D fft;
    private final RealFftBatch batch;
    private final MemorySegment fields;
    private final MemorySegment spectra;
    private final double[] register;
    private final double[] base;
    private final boolean[] rowHasCurl;
    private final double[][] explicitBuffers;

    private final IntConsumer deriveTask = this::deriveRows;
    private final IntConsumer advectionTask = this::advectionRows;
    private final IntConsumer finishTask = this::finishRows;

    private double[] stateRe;
    private double[] stateIm;
    private double[] outputRe;
    private double[] outputIm;
    private ImexStage stage;
    private boolean prepareNext;

    private SpectralNavierStokes2DBatched(Grid grid, SpectralParameters parameters, IntFunction<RealFftBatch> batches) {
        this.grid = grid;
        this.parameters = parameters;
        this.ny = grid.ny();
        this.nx = grid.nx();
        this.columns = nx / 2 + 1;
        this.fieldSize = (long) ny * nx;
        this.spectrumSize = (long) ny * columns;
        Wavenumbers k = Wavenumbers.of(grid);
        this.kx = k.angularX();
        this.ky = k.angularY();
        double gain = (double) nx * ny;
        this.kxScaled = scaled(kx, 1.0 / gain);
        this.kyScaled = scaled(ky, 1.0 / gain);
        this.viscosity = parameters.viscosity();
        this.drag = parameters.drag();
        this.filter = BrickWallFilter.of(ny, nx);
        this.rowKept = filter.rowMask();
        this.keptColumns = filter.keptColumns();
        SpectralField curl;
        try (RealFft2D single = RealFft2D.of(grid)) {
            curl = parameters.forcing().curlSpectrum(grid, single);
        }
        this.curlRe = curl == null ? null : curl.re();
        this.curlIm = curl == null ? null : curl.im();
        this.team = WorkerTeam.of(parameters.threads());
        this.fft = RealFft2D.of(ny, nx, team);
        this.batch = batches.apply(parameters.threads());
        if (batch.singlePrecision() || batch.count() != 4 || batch.ny() != ny || batch.nx() != nx) {
            team.close();
            batch.close();
            throw new IllegalArgumentException("the double step needs a double batch of 4 " + ny + "×" + nx
                    + " transforms, got " + batch);
        }
        this.fields = batch.fields();
        this.spectra = batch.spectra();
        this.register = new double[(int) (2 * spectrumSize)];
        boolean heun = parameters.scheme().tableau() instanceof ImexTableau.HeunCrankNicolson;
        this.base = heun ? new double[register.length] : null;
        this.rowHasCurl = new boolean[ny];
        for (int i = 0; curlRe != null && i < curlRe.length; i++) {
            rowHasCurl[i / columns] |= curlRe[i] != 0 || curlIm[i] != 0;
        }
        this.explicitBuffers = new double[team.size()][2 * columns];
    }

    /** The step on FFTW (the native library must be loaded, see {@link FftBackend#select(String)}). */
    public static SpectralNavierStokes2DBatched fftw(Grid grid, SpectralParameters parameters) {
        return new SpectralNavierStokes2DBatched(grid, parameters,
                threads -> FftwRealFftBatch.ofDoubles(grid.ny(), grid.nx(), 4, threads));
    }

    /** The step on a batch made by {@code batches} (given the thread count): 4 double transforms of the grid's shape. */
    public static SpectralNavierStokes2DBatched create(Grid grid, SpectralParameters parameters,
                                                       IntFunction<RealFftBatch> batches) {
        return new SpectralNavierStokes2DBatched(grid, parameters, batches);
    }

    @Override
    public Grid grid() {
        return grid;
    }

    @Override
    public SpectralParameters parameters() {
        return parameters;
    }

    @Override
    public BrickWallFilter filter() {
        return filter;
    }

    @Override
    public double linearTerm(int row, int column) {
        return -viscosity * (kx[column] * kx[column] + ky[row] * ky[row]) - drag;
    }

    @Override
    public FftBackend fftBackend() {
        return batch.backend();
    }

    @Override
    public int fftsPerStep() {
        return 5 * parameters.scheme().stages();
    }

    /** JTransforms on the same threads, for the conversions between ω and ω̂ (not per step). */
    @Override
    public RealFft2D fft() {
        return fft;
    }

    @Override
    public SpectralField newState() {
        return fft.newSpectrum();
    }

    @Override
    public void step(SpectralField state) {
        bind(state);
        try {
            ImexTableau tableau = parameters.scheme().tableau();
            double dt = parameters.dt();
            team.run(deriveTask);
            int stages = tableau.stages();
            for (int k = 0; k < stages; k++) {
                batch.inverseAll();
                team.run(advectionTask);
                batch.forwardFirst();
                stage = ImexStage.of(tableau, k, dt);
                prepareNext = k + 1 < stages;
                team.run(finishTask);
            }
        } finally {
            unbind();
        }
    }

    @Override
    public void explicitTerms(SpectralField state, SpectralField out) {
        requireShape(out);
        bind(state);
        try {
            outputRe = out.re();
            outputIm = out.im();
            stage = ImexStage.EXPLICIT_ONLY;
            prepareNext = false;
            team.run(deriveTask);
            batch.inverseAll();
            team.run(advectionTask);
            batch.forwardFirst();
            team.run(finishTask);
        } finally {
            outputRe = null;
            outputIm = null;
            unbind();
        }
    }

    private void bind(SpectralField state) {
        requireShape(state);
        stateRe = state.re();
        stateIm = state.im();
    }

    private void unbind() {
        stateRe = null;
        stateIm = null;
    }

    private void requireShape(SpectralField s) {
        if (s.ny() != ny || s.nx() != nx) {
            throw new IllegalArgumentException("state is the spectrum of a " + s.ny() + "×" + s.nx()
                    + " field, solver grid is " + ny + "×" + nx);
        }
    }

    private void deriveRows(int member) {
        for (int r = team.start(ny, member), end = team.start(ny, member + 1); r < end; r++) {
            deriveRow(r);
        }
    }

    /** Writes {@code s·û, s·v̂, s·∂xω̂, s·∂yω̂} of row {@code r} into spectra 0–3. */
    private void deriveRow(int r) {
        MemorySegment out = spectra;
        long lane = 2 * spectrumSize;
        double kyr = kyScaled[r];
        double kyr2 = ky[r] * ky[r];
        int row = r * columns;
        for (int c = 0; c < columns; c++) {
            int i = row + c;
            double kxc = kxScaled[c];
            double k2 = kx[c] * kx[c] + kyr2;
            double inv = k2 > 0 ? 1 / k2 : 0;
            double wr = stateRe[i];
            double wi = stateIm[i];
            double pr = wr * inv;
            double pi = wi * inv;
            long at = 2L * i;
            out.setAtIndex(VALUE, at, -kyr * pi);
            out.setAtIndex(VALUE, at + 1, kyr * pr);
            out.setAtIndex(VALUE, at + lane, kxc * pi);
            out.setAtIndex(VALUE, at + lane + 1, -kxc * pr);
            out.setAtIndex(VALUE, at + 2 * lane, -kxc * wi);
            out.setAtIndex(VALUE, at + 2 * lane + 1, kxc * wr);
            out.setAtIndex(VALUE, at + 3 * lane, -kyr * wi);
            out.setAtIndex(VALUE, at + 3 * lane + 1, kyr * wr);
        }
    }

    /** {@code a = −(u·∂xω + v·∂yω)} over the member's rows, into field 0. */
    private void advectionRows(int member) {
        MemorySegment f = fields;
        long size = fieldSize;
        long start = (long) team.start(ny, member) * nx;
        long end = (long) team.start(ny, member + 1) * nx;
        for (long i = start; i < end; i++) {
            double u = f.getAtIndex(VALUE, i);
            double v = f.getAtIndex(VALUE, i + size);
            double wx = f.getAtIndex(VALUE, i + 2 * size);
            double wy = f.getAtIndex(VALUE, i + 3 * size);
            f.setAtIndex(VALUE, i, -(u * wx + v * wy));
        }
    }

    /** Per row of the member: F, the stage update, then the next stage's derived spectra of the row. */
    private void finishRows(int member) {
        double[] f = explicitBuffers[member];
        for (int r = team.start(ny, member), end = team.start(ny, member + 1); r < end; r++) {
            explicitRow(r, f);
            switch (stage.rule()) {
                case LOW_STORAGE -> lowStorageRow(r, f);
                case HEUN_FIRST -> heunFirstRow(r, f);
                case HEUN_SECOND -> heunSecondRow(r, f);
                case EXPLICIT_ONLY -> {
                    int row = r * columns;
                    for (int c = 0; c < columns; c++) {
                        outputRe[row + c] = f[2 * c];
                        outputIm[row + c] = f[2 * c + 1];
                    }
                }
            }
            if (prepareNext) {
                deriveRow(r);
            }
        }
    }

    /** {@code F = B·â + curl f̂} of row {@code r} into {@code f} (interleaved); â is spectrum 0. */
    private void explicitRow(int r, double[] f) {
        int kept = rowKept[r] ? keptColumns : 0;
        long at = 2L * r * columns;
        for (int k = 0; k < 2 * kept; k++) {
            f[k] = spectra.getAtIndex(VALUE, at + k);
        }
        Arrays.fill(f, 2 * kept, 2 * columns, 0);
        if (rowHasCurl[r]) {
            int row = r * columns;
            for (int c = 0; c < columns; c++) {
                f[2 * c] += curlRe[row + c];
                f[2 * c + 1] += curlIm[row + c];
            }
        }
    }

    /** h ← F + β·h;  ω̂ ← (ω̂·(1 + μL) + γ·dt·h) / (1 − μL). */
    private void lowStorageRow(int r, double[] f) {
        double beta = stage.beta();
        double gammaDt = stage.gammaDt();
        double mu = stage.mu();
        double kyr2 = ky[r] * ky[r];
        int row = r * columns;
        for (int c = 0; c < columns; c++) {
            int i = row + c;
            int t = 2 * i;
            double hr = beta == 0 ? f[2 * c] : f[2 * c] + beta * register[t];
            double hi = beta == 0 ? f[2 * c + 1] : f[2 * c + 1] + beta * register[t + 1];
            register[t] = hr;
            register[t + 1] = hi;
            double ml = mu * (-viscosity * (kx[c] * kx[c] + kyr2) - drag);
            double scale = 1 / (1 - ml);
            stateRe[i] = (stateRe[i] * (1 + ml) + gammaDt * hr) * scale;
            stateIm[i] = (stateIm[i] * (1 + ml) + gammaDt * hi) * scale;
        }
    }

    /** g ← ω̂·(1 + ½dt·L);  h ← F;  ω̂ ← (g + dt·h) / (1 − ½dt·L). */
    private void heunFirstRow(int r, double[] f) {
        double mu = stage.mu();
        double dt = stage.gammaDt();
        int row = r * columns;
        for (int c = 0; c < columns; c++) {
            int i = row + c;
            int t = 2 * i;
            double ml = mu * linearTerm(r, c);
            double gr = stateRe[i] * (1 + ml);
            double gi = stateIm[i] * (1 + ml);
            base[t] = gr;
            base[t + 1] = gi;
            register[t] = f[2 * c];
            register[t + 1] = f[2 * c + 1];
            double scale = 1 / (1 - ml);
            stateRe[i] = (gr + dt * f[2 * c]) * scale;
            stateIm[i] = (gi + dt * f[2 * c + 1]) * scale;
        }
    }

    /** h ← ½(F + h);  ω̂ ← (g + dt·h) / (1 − ½dt·L). */
    private void heunSecondRow(int r, double[] f) {
        double mu = stage.mu();
        double dt = stage.gammaDt();
        int row = r * columns;
        for (int c = 0; c < columns; c++) {
            int i = row + c;
            int t = 2 * i;
            double hr = 0.5 * (f[2 * c] + register[t]);
            double hi = 0.5 * (f[2 * c + 1] + register[t + 1]);
            double scale = 1 / (1 - mu * linearTerm(r, c));
            stateRe[i] = (base[t] + dt * hr) * scale;
            stateIm[i] = (base[t + 1] + dt * hi) * scale;
        }
    }

    private static double[] scaled(double[] values, double factor) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] * factor;
        }
        return out;
    }

    /** Frees the batch's buffers and stops the worker threads. */
    @Override
    public void close() {
        batch.close();
        team.close();
    }

    @Override
    public String toString() {
        return "SpectralNavierStokes2DBatched[" + grid + ", ν=" + viscosity + ", drag=" + drag + ", "
                + parameters.scheme() + ", dt=" + parameters.dt() + ", " + team.size() + " threads, " + batch + "]";
    }
}
