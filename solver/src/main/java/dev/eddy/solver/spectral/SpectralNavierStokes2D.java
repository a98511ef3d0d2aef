package dev.eddy.solver.spectral;

import dev.eddy.solver.fft.ColumnFft;
import dev.eddy.solver.fft.FftBackend;
import dev.eddy.solver.fft.RealFft2D;
import dev.eddy.solver.fft.RowFft;
import dev.eddy.solver.fft.SpectralField;
import dev.eddy.solver.fft.Wavenumbers;
import dev.eddy.solver.fft.WorkerTeam;
import dev.eddy.solver.grid.Grid;
import java.util.function.IntConsumer;

/**
 * Pseudo-spectral 2-D incompressible Navier–Stokes in vorticity form on a doubly periodic grid, double precision
 * (tsm.md §2.6; JAX-CFD {@code spectral/equations.py::NavierStokes2D} with {@code crank_nicolson_rk4}).
 *
 * <p>State: {@code ω̂ = rfft2(ω)} as a {@link SpectralField} (ω on the nodes {@code x_i = i·L/N}). The equation
 * {@code ∂ω/∂t + u·∇ω = ν∇²ω − drag·ω + curl f} is split as {@code dω̂/dt = F(ω̂) + L·ω̂}:
 * <pre>
 *   ψ̂ = ω̂ / |k|²   (ψ̂ = 0 at k = 0),   û = i·k_y·ψ̂,   v̂ = −i·k_x·ψ̂
 *   F(ω̂) = B ⊙ rfft2(−(u·∂xω + v·∂yω)) + i·(k_x·f̂_y − k_y·f̂_x)
 *   L = −ν·|k|² − drag
 * </pre>
 * with {@code u, v, ∂xω = irfft2(i·k_x·ω̂), ∂yω = irfft2(i·k_y·ω̂)} on the nodes, {@code B} the
 * {@link BrickWallFilter} (acting only on advection) and angular wavenumbers {@code k} ({@link Wavenumbers}). Time
 * stepping follows the {@link ImexScheme}'s tableau.
 *
 * <p>Each explicit evaluation costs 4 inverse and 1 forward real 2-D FFT, fused into three passes that never
 * materialise a full real-space field: (1) per block of {@link ColumnFft#BLOCK} columns, form
 * {@code û, v̂, ∂xω̂, ∂yω̂} directly in the column-FFT scratch and inverse-transform them along y; (2) per row,
 * inverse-transform the four along x, form {@code −(u∂xω + v∂yω)} and transform it back along x; (3) per column
 * block, transform along y (only the columns the filter keeps), apply filter, forcing and the time-stepper update in
 * the scratch, and in the same sweep form the next stage's pass-1 spectra. Pass 3 of one stage and pass 1 of the next
 * touch the same columns on the same thread, so a stage needs two barriers. The inverse transforms skip their
 * {@code 1/(nx·ny)} scaling, which is folded into the wavenumbers of pass 1. Work is split over a {@link WorkerTeam}
 * (rows, or column blocks). Nothing is allocated per step.
 *
 * <p>Threading: one instance steps one state at a time; it is not thread-safe. Close it to stop its worker threads.
 */
public final class SpectralNavierStokes2D implements SpectralStep {


    private final Grid grid;
    private final SpectralParameters parameters;
    private final int ny;
    private final int nx;
    private final int columns;
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
    private final RowFft[] rowFfts;
    private final ColumnFft[] columnFfts;
    private final double[][] derivedPacked;
    private final double[] advectionPacked;
    private final boolean[] blockHasCurl;
    private final int[] columnStarts;
    private final double[] register;
    private final double[] base;
    private final double[][] explicitBuffers;

    private final IntConsumer prepareTask = this::prepare;
    private final IntConsumer rowsTask = this::rows;
    private final IntConsumer finishTask = this::finishStage;

    private double[] stateRe;
    private double[] stateIm;
    private double[] outputRe;
    private double[] outputIm;
    private ImexStage stage;
    private boolean prepareNext;

    private SpectralNavierStokes2D(Grid grid, SpectralParameters parameters) {
        this.grid = grid;
        this.parameters = parameters;
        this.ny = grid.ny();
        this.nx = grid.nx();
        this.columns = nx / 2 + 1;
        Wavenumbers k = Wavenumbers.of(grid);
        this.kx = k.angularX();
        this.ky = k.angularY();
        double gain = RowFft.of(nx).packedInverseGain();
        this.kxScaled = scaled(kx, 1.0 / (gain * ny));
        this.kyScaled = scaled(ky, 1.0 / (gain * ny));
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
        int members = team.size();
        this.rowFfts = new RowFft[members];
        this.columnFfts = new ColumnFft[members];
        for (int w = 0; w < members; w++) {
            rowFfts[w] = RowFft.of(nx);
            columnFfts[w] = ColumnFft.of(ny, columns, 4);
        }
        int size = ny * columns;
        this.derivedPacked = new double[4][ny * nx];
        this.advectionPacked = new double[ny * nx];
        int blocks = (columns + ColumnFft.BLOCK - 1) / ColumnFft.BLOCK;
        this.columnStarts = balancedColumnStarts(columns, keptColumns, members);
        this.blockHasCurl = new boolean[blocks];
        if (curlRe != null) {
            for (int i = 0; i < size; i++) {
                if (curlRe[i] != 0.0 || curlIm[i] != 0.0) {
                    blockHasCurl[(i % columns) / ColumnFft.BLOCK] = true;
                }
            }
        }
        this.register = new double[2 * blocks * ny * ColumnFft.BLOCK];
        this.explicitBuffers = new double[members][2 * ColumnFft.BLOCK];
        boolean heun = parameters.scheme().tableau() instanceof ImexTableau.HeunCrankNicolson;
        this.base = heun ? new double[register.length] : null;
    }

    /** A solver for vorticity on {@code grid} (even sizes) with the given settings. */
    public static SpectralNavierStokes2D create(Grid grid, SpectralParameters parameters) {
        return new SpectralNavierStokes2D(grid, parameters);
    }

    public Grid grid() {
        return grid;
    }

    public SpectralParameters parameters() {
        return parameters;
    }

    public BrickWallFilter filter() {
        return filter;
    }

    /** JTransforms, fused into the step's row and column passes. */
    @Override
    public FftBackend fftBackend() {
        return FftBackend.JTRANSFORMS;
    }

    /** 2-D FFTs per step: 4 inverse + 1 forward per explicit evaluation. */
    @Override
    public int fftsPerStep() {
        return 5 * parameters.scheme().stages();
    }

    /** The solver's transform (same threads), for conversions between ω and ω̂. */
    public RealFft2D fft() {
        return fft;
    }

    /** A zero state of the right shape. */
    public SpectralField newState() {
        return fft.newSpectrum();
    }

    /** {@code ω̂ = rfft2(ω)} for nodal vorticity {@code ω} (row-major {@code ny × nx}). */
    public SpectralField stateFromVorticity(double[] vorticity) {
        SpectralField s = fft.newSpectrum();
        fft.forward(vorticity, s);
        return s;
    }

    /** Nodal vorticity {@code ω = irfft2(ω̂)} into {@code out}. */
    public void vorticity(SpectralField state, double[] out) {
        fft.inverse(state, out);
    }

    /** The implicit linear coefficient {@code L = −ν|k|² − drag} of coefficient (row, column). */
    public double linearTerm(int row, int column) {
        return linear(row, column);
    }

    /** Advances {@code state} by one time step, in place. */
    public void step(SpectralField state) {
        bind(state);
        try {
            ImexTableau tableau = parameters.scheme().tableau();
            double dt = parameters.dt();
            team.run(prepareTask);
            int stages = tableau.stages();
            for (int k = 0; k < stages; k++) {
                team.run(rowsTask);
                stage = ImexStage.of(tableau, k, dt);
                prepareNext = k + 1 < stages;
                team.run(finishTask);
            }
        } finally {
            unbind();
        }
    }

    /** Advances {@code state} by {@code steps} time steps, in place. */
    public void advance(SpectralField state, int steps) {
        for (int n = 0; n < steps; n++) {
            step(state);
        }
    }

    /** {@code out ← F(ω̂)}, the explicit term (filtered advection plus forcing curl). */
    public void explicitTerms(SpectralField state, SpectralField out) {
        requireShape(out);
        bind(state);
        try {
            outputRe = out.re();
            outputIm = out.im();
            stage = ImexStage.EXPLICIT_ONLY;
            prepareNext = false;
            team.run(prepareTask);
            team.run(rowsTask);
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

    private int columnStart(int member) {
        return columnStarts[member];
    }

    /**
     * First column of each member's share of column blocks, balanced by work: every block inverse-transforms four
     * fields, and blocks the filter keeps also transform the advection (weights 5 and 4). Member w owns
     * {@code [starts[w], starts[w+1])}.
     */
    private static int[] balancedColumnStarts(int columns, int keptColumns, int members) {
        int blocks = (columns + ColumnFft.BLOCK - 1) / ColumnFft.BLOCK;
        double[] cumulative = new double[blocks + 1];
        for (int b = 0; b < blocks; b++) {
            cumulative[b + 1] = cumulative[b] + (b * ColumnFft.BLOCK < keptColumns ? 5 : 4);
        }
        int[] starts = new int[members + 1];
        int b = 0;
        for (int w = 1; w < members; w++) {
            double target = cumulative[blocks] * w / members;
            while (b < blocks && cumulative[b + 1] <= target) {
                b++;
            }
            starts[w] = Math.min(columns, b * ColumnFft.BLOCK);
        }
        starts[members] = columns;
        return starts;
    }

    /** Pass 1 on its own (first stage): derived spectra of the member's column blocks, inverse-transformed along y. */
    private void prepare(int member) {
        ColumnFft columnFft = columnFfts[member];
        for (int b = columnStart(member), end = columnStart(member + 1); b < end; b += ColumnFft.BLOCK) {
            int width = Math.min(ColumnFft.BLOCK, end - b);
            for (int r = 0; r < ny; r++) {
                deriveRow(columnFft, r, b, width);
            }
            inverseDerived(columnFft, b, width);
        }
    }

    /**
     * Writes {@code s·û, s·v̂, s·∂xω̂, s·∂yω̂} of row {@code r}, columns {@code [b, b+width)} into the four scratch lanes,
     * with {@code s} = 1/(gain of the unscaled inverse transforms) folded in, so that those can skip their scaling.
     */
    private void deriveRow(ColumnFft columnFft, int r, int b, int width) {
        double[] scratch = columnFft.scratch();
        int lane = columnFft.scratchIndex(1, 0, 0);
        int at = columnFft.scratchIndex(0, 0, r);
        int stride = columnFft.scratchIndex(0, 1, 0);
        double kyr = kyScaled[r];
        double kyr2 = ky[r] * ky[r];
        int row = r * columns + b;
        for (int c = 0; c < width; c++) {
            int i = row + c;
            double kxc = kxScaled[c + b];
            double k2 = kx[c + b] * kx[c + b] + kyr2;
            double inv = k2 > 0 ? 1 / k2 : 0;
            double wr = stateRe[i];
            double wi = stateIm[i];
            double pr = wr * inv;
            double pi = wi * inv;
            int k = at + c * stride;
            scratch[k] = -kyr * pi;
            scratch[k + 1] = kyr * pr;
            scratch[k + lane] = kxc * pi;
            scratch[k + lane + 1] = -kxc * pr;
            scratch[k + 2 * lane] = -kxc * wi;
            scratch[k + 2 * lane + 1] = kxc * wr;
            scratch[k + 3 * lane] = -kyr * wi;
            scratch[k + 3 * lane + 1] = kyr * wr;
        }
    }

    private void inverseDerived(ColumnFft columnFft, int b, int width) {
        for (int f = 0; f < 4; f++) {
            columnFft.transformScratch(f, width, false, false);
            columnFft.scatterPacked(f, width, derivedPacked[f], b);
        }
    }

    /** Pass 2 for the member's rows: real-space advection −(u∂xω + v∂yω) and its x-transform, in the packed row layout. */
    private void rows(int member) {
        RowFft rowFft = rowFfts[member];
        double[] u = derivedPacked[0];
        double[] v = derivedPacked[1];
        double[] wx = derivedPacked[2];
        double[] wy = derivedPacked[3];
        double[] adv = advectionPacked;
        for (int j = team.start(ny, member), end = team.start(ny, member + 1); j < end; j++) {
            int offset = j * nx;
            rowFft.inversePacked(u, offset);
            rowFft.inversePacked(v, offset);
            rowFft.inversePacked(wx, offset);
            rowFft.inversePacked(wy, offset);
            for (int i = offset; i < offset + nx; i++) {
                adv[i] = -(u[i] * wx[i] + v[i] * wy[i]);
            }
            rowFft.forwardPacked(adv, offset);
        }
    }

    /**
     * Pass 3 for the member's column blocks: y-transform of the advection (kept columns only), filter, forcing, the
     * stage update, and, fused into the same sweep, the next stage's pass 1. The time-stepper registers are stored
     * tile by tile ({@link ColumnFft#BLOCK} columns × all rows, interleaved re/im) so that this sweep reads them
     * contiguously.
     */
    private void finishStage(int member) {
        ColumnFft columnFft = columnFfts[member];
        double[] f = explicitBuffers[member];
        for (int b = columnStart(member), end = columnStart(member + 1); b < end; b += ColumnFft.BLOCK) {
            int width = Math.min(ColumnFft.BLOCK, end - b);
            int kept = Math.max(0, Math.min(width, keptColumns - b));
            int block = b / ColumnFft.BLOCK;
            boolean curl = blockHasCurl[block];
            if (kept > 0) {
                columnFft.gatherPacked(0, advectionPacked, b, kept);
                columnFft.transformScratch(0, kept, true, false);
            }
            double[] scratch = columnFft.scratch();
            int stride = columnFft.scratchIndex(0, 1, 0);
            for (int r = 0; r < ny; r++) {
                int at = columnFft.scratchIndex(0, 0, r);
                int keptHere = rowKept[r] ? kept : 0;
                for (int c = 0; c < keptHere; c++) {
                    f[2 * c] = scratch[at + c * stride];
                    f[2 * c + 1] = scratch[at + c * stride + 1];
                }
                for (int c = keptHere; c < width; c++) {
                    f[2 * c] = 0.0;
                    f[2 * c + 1] = 0.0;
                }
                if (curl) {
                    int row = r * columns + b;
                    for (int c = 0; c < width; c++) {
                        f[2 * c] += curlRe[row + c];
                        f[2 * c + 1] += curlIm[row + c];
                    }
                }
                int tile = 2 * (block * ny + r) * ColumnFft.BLOCK;
                switch (stage.rule()) {
                    case LOW_STORAGE -> lowStorageRow(f, r, b, width, tile);
                    case HEUN_FIRST -> heunFirstRow(f, r, b, width, tile);
                    case HEUN_SECOND -> heunSecondRow(f, r, b, width, tile);
                    case EXPLICIT_ONLY -> explicitRow(f, r, b, width);
                }
                if (prepareNext) {
                    deriveRow(columnFft, r, b, width);
                }
            }
            if (prepareNext) {
                inverseDerived(columnFft, b, width);
            }
        }
    }

    private double linear(int r, int column) {
        return -viscosity * (kx[column] * kx[column] + ky[r] * ky[r]) - drag;
    }

    /** h ← F + β·h;  u ← (u·(1 + μL) + γ·dt·h) / (1 − μL). F is in {@code f} (interleaved), h in the register tile. */
    private void lowStorageRow(double[] f, int r, int b, int width, int tile) {
        double beta = stage.beta();
        double gammaDt = stage.gammaDt();
        double mu = stage.mu();
        double kyr2 = ky[r] * ky[r];
        int row = r * columns + b;
        for (int c = 0; c < width; c++) {
            int i = row + c;
            int t = tile + 2 * c;
            double hr = beta == 0.0 ? f[2 * c] : f[2 * c] + beta * register[t];
            double hi = beta == 0.0 ? f[2 * c + 1] : f[2 * c + 1] + beta * register[t + 1];
            register[t] = hr;
            register[t + 1] = hi;
            double kxc = kx[b + c];
            double ml = mu * (-viscosity * (kxc * kxc + kyr2) - drag);
            double scale = 1 / (1 - ml);
            stateRe[i] = (stateRe[i] * (1 + ml) + gammaDt * hr) * scale;
            stateIm[i] = (stateIm[i] * (1 + ml) + gammaDt * hi) * scale;
        }
    }

    /** g ← u·(1 + ½dt·L);  h ← F;  u ← (g + dt·h) / (1 − ½dt·L). */
    private void heunFirstRow(double[] f, int r, int b, int width, int tile) {
        double mu = stage.mu();
        double dt = stage.gammaDt();
        int row = r * columns + b;
        for (int c = 0; c < width; c++) {
            int i = row + c;
            int t = tile + 2 * c;
            double fr = f[2 * c];
            double fi = f[2 * c + 1];
            double ml = mu * linear(r, b + c);
            double gr = stateRe[i] * (1 + ml);
            double gi = stateIm[i] * (1 + ml);
            base[t] = gr;
            base[t + 1] = gi;
            register[t] = fr;
            register[t + 1] = fi;
            double scale = 1 / (1 - ml);
            stateRe[i] = (gr + dt * fr) * scale;
            stateIm[i] = (gi + dt * fi) * scale;
        }
    }

    /** h ← ½(F + h);  u ← (g + dt·h) / (1 − ½dt·L). */
    private void heunSecondRow(double[] f, int r, int b, int width, int tile) {
        double mu = stage.mu();
        double dt = stage.gammaDt();
        int row = r * columns + b;
        for (int c = 0; c < width; c++) {
            int i = row + c;
            int t = tile + 2 * c;
            double hr = 0.5 * (f[2 * c] + register[t]);
            double hi = 0.5 * (f[2 * c + 1] + register[t + 1]);
            double scale = 1 / (1 - mu * linear(r, b + c));
            stateRe[i] = (base[t] + dt * hr) * scale;
            stateIm[i] = (base[t + 1] + dt * hi) * scale;
        }
    }

    private void explicitRow(double[] f, int r, int b, int width) {
        int row = r * columns + b;
        for (int c = 0; c < width; c++) {
            outputRe[row + c] = f[2 * c];
            outputIm[row + c] = f[2 * c + 1];
        }
    }

    private static double[] scaled(double[] values, double factor) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] * factor;
        }
        return out;
    }

    /** Stops the worker threads. */
    @Override
    public void close() {
        team.close();
    }

    @Override
    public String toString() {
        return "SpectralNavierStokes2D[" + grid + ", ν=" + viscosity + ", drag=" + drag + ", forcing="
                + parameters.forcing() + ", " + parameters.scheme() + ", dt=" + parameters.dt() + ", "
                + team.size() + " threads, double]";
    }
}
