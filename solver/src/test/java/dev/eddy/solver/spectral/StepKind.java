package dev.eddy.solver.spectral;

import dev.eddy.solver.fft.FftwRequirement;
import dev.eddy.solver.fft.JTransformsRealFftBatch;
import dev.eddy.solver.grid.Grid;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The implementations of the spectral step that tests run: JTransforms fused into the step (the {@code jtransforms}
 * backend), the batched step on FFTW (the {@code fftw} backend; skipped without the library, failed under CI), and the
 * batched step on the JTransforms reference batch (the kernel's logic without FFTW).
 */
enum StepKind {
    FUSED_JTRANSFORMS, BATCHED_FFTW, BATCHED_JTRANSFORMS;

    SpectralStep create(Grid grid, SpectralParameters p) {
        return switch (this) {
            case FUSED_JTRANSFORMS -> SpectralNavierStokes2D.create(grid, p);
            case BATCHED_FFTW -> {
                FftwRequirement.requireFftw();
                yield SpectralNavierStokes2DBatched.fftw(grid, p);
            }
            case BATCHED_JTRANSFORMS -> SpectralNavierStokes2DBatched.create(grid, p,
                    threads -> JTransformsRealFftBatch.ofDoubles(grid.ny(), grid.nx(), 4, threads));
        };
    }

    SpectralStepFloat createFloat(Grid grid, SpectralParameters p) {
        return switch (this) {
            case FUSED_JTRANSFORMS -> SpectralNavierStokes2DFloat.create(grid, p);
            case BATCHED_FFTW -> {
                FftwRequirement.requireFftw();
                yield SpectralNavierStokes2DBatchedFloat.fftw(grid, p);
            }
            case BATCHED_JTRANSFORMS -> SpectralNavierStokes2DBatchedFloat.create(grid, p,
                    threads -> JTransformsRealFftBatch.ofFloats(grid.ny(), grid.nx(), 4, threads));
        };
    }

    /** The production backends: fused JTransforms and batched FFTW. */
    static Stream<StepKind> production() {
        return Stream.of(FUSED_JTRANSFORMS, BATCHED_FFTW);
    }

    /** Every time stepper on every production backend. */
    static Stream<Arguments> schemesAndBackends() {
        return Arrays.stream(ImexScheme.values()).flatMap(s -> production().map(k -> Arguments.of(s, k)));
    }
}
