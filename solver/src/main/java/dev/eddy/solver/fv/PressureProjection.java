package dev.eddy.solver.fv;

import dev.eddy.solver.fft.RealFft2D;
import dev.eddy.solver.fft.SpectralField;
import dev.eddy.solver.fft.WorkerTeam;
import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.operators.FiniteDifferences;
import dev.eddy.solver.operators.RowLoops;

/**
 * Pressure projection onto discretely divergence-free MAC velocities (tsm.md §2.4; JAX-CFD
 * {@code pressure.projection} with the FFT {@code fast_diagonalization} solver):
 * <pre>
 *   q = L⁺ (div v*),   v ← v* − grad q
 * </pre>
 * with {@code div} the backward-difference divergence, {@code grad} the forward-difference gradient and {@code L}
 * the 5-point Laplacian ({@code div∘grad = L}). {@code L⁺} is the pseudo-inverse applied by FFT:
 * {@code q̂ = d̂ / λ} for {@code |λ| ≥ 10·eps(float32)} and {@code 0} otherwise (drops the mean mode, JAX-CFD's
 * cutoff; on a 2π box the smallest non-zero {@code |λ|} is ≈ 1). No density or time-step scaling: {@code q} is a
 * pressure correction. After projection {@code max|div v|} is at rounding level.
 *
 * <p>Holds its scratch arrays: one instance per thread of use, no allocation per call.
 */
public final class PressureProjection {
    /** JAX-CFD's pseudo-inverse cutoff {@code 10·eps(float32)}. */
    public static final double CUTOFF = 10 * Math.ulp(1.0f);

    private final Grid grid;
    private final RealFft2D fft;
    private final WorkerTeam team;
    private final double[] inverseEigenvalues;
    private final double[] divergence;
    private final double[] pressure;
    private final double[] gradX;
    private final double[] gradY;
    private final SpectralField spectrum;

    /** A projection on {@code grid} that uses {@code fft} (shape of {@code grid}) and runs row loops on {@code team}. */
    public PressureProjection(Grid grid, RealFft2D fft, WorkerTeam team) {
        if (fft.nx() != grid.nx() || fft.ny() != grid.ny()) {
            throw new IllegalArgumentException("FFT " + fft + " does not match " + grid);
        }
        this.grid = grid;
        this.fft = fft;
        this.team = team;
        double[] lambda = LaplacianEigenvalues.of(grid);
        inverseEigenvalues = new double[lambda.length];
        for (int k = 0; k < lambda.length; k++) {
            inverseEigenvalues[k] = Math.abs(lambda[k]) < CUTOFF ? 0 : 1 / lambda[k];
        }
        int n = grid.size();
        divergence = new double[n];
        pressure = new double[n];
        gradX = new double[n];
        gradY = new double[n];
        spectrum = fft.newSpectrum();
    }

    /** Projects a velocity once, single-threaded (allocates its own FFT; use an instance in loops). */
    public static StaggeredVelocity project(StaggeredVelocity velocity) {
        Grid g = velocity.grid();
        StaggeredVelocity out = velocity.copy();
        try (RealFft2D f = RealFft2D.of(g)) {
            new PressureProjection(g, f, RowLoops.sequential()).projectInPlace(out.u().data(), out.v().data());
        }
        return out;
    }

    /** Projects {@code (u, v)} in place. */
    public void projectInPlace(double[] u, double[] v) {
        FiniteDifferences.divergenceInto(team, grid, u, v, divergence);
        fft.forward(divergence, spectrum);
        double[] re = spectrum.re();
        double[] im = spectrum.im();
        for (int k = 0; k < re.length; k++) {
            re[k] *= inverseEigenvalues[k];
            im[k] *= inverseEigenvalues[k];
        }
        fft.inverse(spectrum, pressure);
        FiniteDifferences.gradientInto(team, grid, pressure, gradX, gradY);
        RowLoops.forRows(team, grid.ny(), (j0, j1) -> {
            for (int k = j0 * grid.nx(), end = j1 * grid.nx(); k < end; k++) {
                u[k] -= gradX[k];
                v[k] -= gradY[k];
            }
        });
    }

    /** The pressure correction {@code q} of the last projection (live array). */
    public double[] lastPressure() {
        return pressure;
    }
}
