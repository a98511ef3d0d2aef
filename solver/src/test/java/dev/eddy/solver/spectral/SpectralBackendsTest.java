package dev.eddy.solver.spectral;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.solver.fft.FftBackend;
import dev.eddy.solver.fft.FftwRequirement;
import dev.eddy.solver.fft.SpectralField;
import dev.eddy.solver.fft.SpectralFieldFloat;
import dev.eddy.solver.grid.Grid;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The spectral step on FFTW (batched 2-D transforms) equals the step on JTransforms (fused kernel) to rounding, in
 * both precisions, for every time stepper, on power-of-two and other even sizes, on 1 and 2 threads.
 *
 * <p>Tolerance: both steps compute the same formulas; they differ only in the rounding of their FFTs and in the order
 * of a few operations. An FFT of N points has an error of order {@code ε·log₂N} relative to the L2 norm of its data
 * (Higham, <i>Accuracy and Stability of Numerical Algorithms</i>, §24.1), and a step's stages damp rather than amplify
 * it (dt·|F| ≪ 1), so after {@code n} steps (too few for the flow's instabilities to amplify anything) the nodal
 * vorticities differ by at most about {@code n·ε·log₂(N²)} relative to {@code max|ω|}. We allow
 * {@code 4·n·ε·log₂(N²)} with ε = 2⁻⁵² or 2⁻²³ ({@link #tolerance}): 1.1e-13 (double) and 5.7e-5 (float) at 64²,
 * n = 10, where we measured 7e-16 and 3e-7 (CN-RK4). A wrong sign, scale or layout anywhere shows up at
 * {@code O(dt·|F|/|ω|)} ≈ 1e-2, orders of magnitude above.
 */
class SpectralBackendsTest {

    private static final int STEPS = 10;

    static Stream<Arguments> cases() {
        return Arrays.stream(ImexScheme.values()).flatMap(scheme -> Stream.of(
                Arguments.of(scheme, 64, 64, 1), Arguments.of(scheme, 48, 30, 2)));
    }

    static double tolerance(double epsilon, Grid grid) {
        return 4.0 * STEPS * epsilon * (Math.log(grid.size()) / Math.log(2));
    }

    @ParameterizedTest(name = "{0}, {1}×{2}, {3} threads")
    @MethodSource("cases")
    void doubleStepOnFftwEqualsTheJTransformsStep(ImexScheme scheme, int nx, int ny, int threads) {
        FftwRequirement.requireFftw();
        Grid grid = new Grid(nx, ny, 2 * Math.PI, nx == ny ? 2 * Math.PI : 4 * Math.PI);
        SpectralParameters p = new SpectralParameters(1e-3, 0.1, VorticityForcing.kolmogorov(1.0, 2), scheme,
                0.01, threads);
        SpectralField initial = SpectralNavierStokes2DTest.bandLimited(grid, 10, 0.5, 5);
        double[] fftw = new double[grid.size()];
        double[] jtransforms = new double[grid.size()];
        run(StepKind.BATCHED_FFTW, grid, p, initial, fftw);
        run(StepKind.FUSED_JTRANSFORMS, grid, p, initial, jtransforms);
        assertClose(jtransforms, fftw, tolerance(Math.ulp(1.0), grid), "double " + scheme);
    }

    @ParameterizedTest(name = "{0}, {1}×{2}, {3} threads")
    @MethodSource("cases")
    void floatStepOnFftwEqualsTheJTransformsStep(ImexScheme scheme, int nx, int ny, int threads) {
        FftwRequirement.requireFftw();
        Grid grid = new Grid(nx, ny, 2 * Math.PI, nx == ny ? 2 * Math.PI : 4 * Math.PI);
        SpectralParameters p = new SpectralParameters(1e-3, 0.1, VorticityForcing.kolmogorov(1.0, 2), scheme,
                0.01, threads);
        double[] w0 = new double[grid.size()];
        try (SpectralStep helper = StepKind.FUSED_JTRANSFORMS.create(grid, p)) {
            helper.vorticity(SpectralNavierStokes2DTest.bandLimited(grid, 10, 0.5, 5), w0);
        }
        float[] fftw = runFloat(StepKind.BATCHED_FFTW, grid, p, w0);
        float[] jtransforms = runFloat(StepKind.FUSED_JTRANSFORMS, grid, p, w0);
        double[] a = new double[fftw.length];
        double[] b = new double[fftw.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = jtransforms[i];
            b[i] = fftw[i];
        }
        assertClose(a, b, tolerance(Math.ulp(1.0f), grid), "float " + scheme);
    }

    @Test
    void fftwStepsAreBitwiseReproducible() {
        FftwRequirement.requireFftw();
        Grid grid = Grid.square2Pi(64);
        SpectralParameters p = SpectralParameters.kolmogorov(0.01).withThreads(2);
        SpectralField initial = SpectralNavierStokes2DTest.bandLimited(grid, 10, 0.5, 9);
        double[] first = new double[grid.size()];
        double[] second = new double[grid.size()];
        run(StepKind.BATCHED_FFTW, grid, p, initial, first);
        run(StepKind.BATCHED_FFTW, grid, p, initial, second);
        assertArrayEquals(first, second, 0.0);
    }

    @Test
    void solverReportsTheBackendItRunsOn() {
        Grid grid = Grid.square2Pi(16);
        SpectralParameters p = SpectralParameters.kolmogorov(0.01);
        for (Precision precision : Precision.values()) {
            try (SpectralSolver solver = SpectralSolver.create(grid, p, precision, FftBackend.JTRANSFORMS)) {
                assertEquals(FftBackend.JTRANSFORMS, solver.fftBackend());
            }
            try (SpectralSolver solver = SpectralSolver.create(grid, p, precision)) {
                assertEquals(FftBackend.configured(), solver.fftBackend(), "the default follows eddy.fft (auto)");
            }
        }
        FftwRequirement.requireFftw();
        for (Precision precision : Precision.values()) {
            try (SpectralSolver solver = SpectralSolver.create(grid, p, precision, FftBackend.FFTW)) {
                assertEquals(FftBackend.FFTW, solver.fftBackend());
            }
        }
    }

    private static void run(StepKind kind, Grid grid, SpectralParameters p, SpectralField initial, double[] out) {
        try (SpectralStep step = kind.create(grid, p)) {
            SpectralField state = initial.copy();
            step.advance(state, STEPS);
            step.vorticity(state, out);
        }
    }

    private static float[] runFloat(StepKind kind, Grid grid, SpectralParameters p, double[] w0) {
        try (SpectralStepFloat step = kind.createFloat(grid, p)) {
            float[] w = new float[w0.length];
            for (int i = 0; i < w.length; i++) {
                w[i] = (float) w0[i];
            }
            SpectralFieldFloat state = step.newState();
            step.fft().forward(w, state);
            step.advance(state, STEPS);
            step.vorticity(state, w);
            return w;
        }
    }

    private static void assertClose(double[] expected, double[] actual, double relative, String what) {
        double scale = SpectralNavierStokes2DTest.maxAbs(expected);
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
        }
        assertTrue(scale > 0.1, what + ": the flow vanished, max|ω| = " + scale);
        assertTrue(worst <= relative * scale, what + ": FFTW and JTransforms steps differ by " + worst / scale
                + " of max|ω| > " + relative);
    }
}
