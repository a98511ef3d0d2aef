package dev.eddy.solver.spectral;

import dev.eddy.solver.fft.FftBackend;
import dev.eddy.solver.fft.RealFft2DFloat;
import dev.eddy.solver.fft.SpectralFieldFloat;
import dev.eddy.solver.grid.Grid;

/**
 * One pseudo-spectral time step of the vorticity spectrum ω̂ in float32 in place (twin of {@link SpectralStep}): the FFT-backend seam of the
 * solver. {@link SpectralNavierStokes2DFloat} fuses its work into JTransforms' row and column passes;
 * {@link SpectralNavierStokes2DBatchedFloat} runs on whole 2-D transforms of a {@link dev.eddy.solver.fft.RealFftBatch}
 * (FFTW). Both compute the same step (tsm.md §2.6) and agree to rounding.
 */
public sealed interface SpectralStepFloat extends AutoCloseable permits SpectralNavierStokes2DFloat, SpectralNavierStokes2DBatchedFloat {

    Grid grid();

    SpectralParameters parameters();

    /** The FFT library the step runs on. */
    FftBackend fftBackend();

    /** 2-D FFTs per step: 4 inverse + 1 forward per explicit evaluation. */
    int fftsPerStep();

    /** A transform on the step's threads for conversions between ω and ω̂. */
    RealFft2DFloat fft();

    /** A zero state of the right shape. */
    SpectralFieldFloat newState();

    /** {@code ω̂ = rfft2(ω)} for nodal vorticity {@code ω} (row-major {@code ny × nx}). */
    default SpectralFieldFloat stateFromVorticity(float[] vorticity) {
        SpectralFieldFloat state = newState();
        fft().forward(vorticity, state);
        return state;
    }

    /** Nodal vorticity {@code ω = irfft2(ω̂)} into {@code out}. */
    default void vorticity(SpectralFieldFloat state, float[] out) {
        fft().inverse(state, out);
    }

    /** The 2/3 dealiasing filter applied to the advection term. */
    BrickWallFilter filter();

    /** The implicit linear coefficient {@code L = −ν|k|² − drag} of coefficient (row, column). */
    float linearTerm(int row, int column);

    /** Advances {@code state} by one time step, in place. */
    void step(SpectralFieldFloat state);

    /** Advances {@code state} by {@code steps} time steps, in place. */
    default void advance(SpectralFieldFloat state, int steps) {
        for (int n = 0; n < steps; n++) {
            step(state);
        }
    }

    /** {@code out ← F(ω̂)}, the explicit term (filtered advection plus forcing curl). */
    void explicitTerms(SpectralFieldFloat state, SpectralFieldFloat out);

    @Override
    void close();
}
