package dev.eddy.solver.spectral;

import dev.eddy.solver.fft.FftBackend;
import dev.eddy.solver.fft.SpectralField;
import dev.eddy.solver.fft.SpectralFieldFloat;
import dev.eddy.solver.grid.Grid;

/**
 * A pseudo-spectral vorticity solver that owns its state, in either precision, behind one double-valued interface:
 * what a simulation driver needs. Create it with {@link #create(Grid, SpectralParameters, Precision)}; float32 is
 * selected with {@link Precision#FLOAT} (state and arithmetic in float, conversions at the boundary in double).
 *
 * <pre>{@code
 * try (SpectralSolver solver = SpectralSolver.create(Grid.square2Pi(256), SpectralParameters.kolmogorov(dt), Precision.DOUBLE)) {
 *     solver.setVorticity(omega0);      // nodal ω, row-major ny × nx
 *     solver.advance(100);
 *     solver.vorticity(omega);          // nodal ω after 100 steps
 * }
 * }</pre>
 * Not thread-safe; close it to stop its worker threads.
 */
public sealed interface SpectralSolver extends AutoCloseable {

    /**
     * A solver on {@code grid} with the given settings and precision on the FFT backend chosen by the system property
     * {@value FftBackend#PROPERTY} ({@link FftBackend#configured()}: FFTW when it loads, unless told otherwise); the
     * state starts at ω = 0.
     */
    static SpectralSolver create(Grid grid, SpectralParameters parameters, Precision precision) {
        return create(grid, parameters, precision, FftBackend.configured());
    }

    /**
     * A solver on the given FFT backend: {@link FftBackend#FFTW} steps with {@link SpectralNavierStokes2DBatched}
     * (whole 2-D FFTW transforms), {@link FftBackend#JTRANSFORMS} with {@link SpectralNavierStokes2D} (JTransforms
     * fused into the step). Both compute the same step to rounding.
     */
    static SpectralSolver create(Grid grid, SpectralParameters parameters, Precision precision, FftBackend backend) {
        return switch (precision) {
            case DOUBLE -> new DoubleSolver(switch (backend) {
                case FFTW -> SpectralNavierStokes2DBatched.fftw(grid, parameters);
                case JTRANSFORMS -> SpectralNavierStokes2D.create(grid, parameters);
            });
            case FLOAT -> new FloatSolver(switch (backend) {
                case FFTW -> SpectralNavierStokes2DBatchedFloat.fftw(grid, parameters);
                case JTRANSFORMS -> SpectralNavierStokes2DFloat.create(grid, parameters);
            });
        };
    }

    Grid grid();

    SpectralParameters parameters();

    Precision precision();

    /** The FFT library the time step runs on. */
    FftBackend fftBackend();

    /** Sets the state from nodal vorticity (row-major {@code ny × nx}). */
    void setVorticity(double[] omega);

    /** Writes the nodal vorticity of the current state into {@code out}. */
    void vorticity(double[] out);

    /** Advances the state by one time step. */
    void step();

    /** Advances the state by {@code steps} time steps. */
    default void advance(int steps) {
        for (int n = 0; n < steps; n++) {
            step();
        }
    }

    /** 2-D FFTs per step (4 inverse + 1 forward per stage). */
    int fftsPerStep();

    @Override
    void close();

    /** Double-precision implementation. */
    final class DoubleSolver implements SpectralSolver {
        private final SpectralStep solver;
        private final SpectralField state;

        DoubleSolver(SpectralStep solver) {
            this.solver = solver;
            this.state = solver.newState();
        }

        /** The underlying solver and its state ω̂ (live), for spectral diagnostics. */
        public SpectralStep solver() {
            return solver;
        }

        public SpectralField state() {
            return state;
        }

        @Override
        public Grid grid() {
            return solver.grid();
        }

        @Override
        public SpectralParameters parameters() {
            return solver.parameters();
        }

        @Override
        public Precision precision() {
            return Precision.DOUBLE;
        }

        @Override
        public FftBackend fftBackend() {
            return solver.fftBackend();
        }

        @Override
        public void setVorticity(double[] omega) {
            solver.fft().forward(omega, state);
        }

        @Override
        public void vorticity(double[] out) {
            solver.fft().inverse(state, out);
        }

        @Override
        public void step() {
            solver.step(state);
        }

        @Override
        public int fftsPerStep() {
            return solver.fftsPerStep();
        }

        @Override
        public void close() {
            solver.close();
        }
    }

    /** Float32 implementation; conversions round to float on the way in. */
    final class FloatSolver implements SpectralSolver {
        private final SpectralStepFloat solver;
        private final SpectralFieldFloat state;
        private final float[] buffer;

        FloatSolver(SpectralStepFloat solver) {
            this.solver = solver;
            this.state = solver.newState();
            this.buffer = new float[solver.grid().size()];
        }

        public SpectralStepFloat solver() {
            return solver;
        }

        public SpectralFieldFloat state() {
            return state;
        }

        @Override
        public Grid grid() {
            return solver.grid();
        }

        @Override
        public SpectralParameters parameters() {
            return solver.parameters();
        }

        @Override
        public Precision precision() {
            return Precision.FLOAT;
        }

        @Override
        public FftBackend fftBackend() {
            return solver.fftBackend();
        }

        @Override
        public void setVorticity(double[] omega) {
            if (omega.length != buffer.length) {
                throw new IllegalArgumentException("vorticity has " + omega.length + " values, grid needs " + buffer.length);
            }
            for (int i = 0; i < omega.length; i++) {
                buffer[i] = (float) omega[i];
            }
            solver.fft().forward(buffer, state);
        }

        @Override
        public void vorticity(double[] out) {
            solver.fft().inverse(state, buffer);
            for (int i = 0; i < buffer.length; i++) {
                out[i] = buffer[i];
            }
        }

        @Override
        public void step() {
            solver.step(state);
        }

        @Override
        public int fftsPerStep() {
            return solver.fftsPerStep();
        }

        @Override
        public void close() {
            solver.close();
        }
    }
}
