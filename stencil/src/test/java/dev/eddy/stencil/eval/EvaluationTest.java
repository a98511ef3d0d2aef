package dev.eddy.stencil.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.data.DataKind;
import dev.eddy.data.DatasetSchema;
import dev.eddy.data.FrameWriter;
import dev.eddy.data.NetcdfFormat;
import dev.eddy.stencil.step.FlowParameters;
import dev.eddy.stencil.train.SyntheticFlows;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {

    private static final int N = 16;

    /**
     * A test file whose frames are the classical solver's own trajectory: the dns baseline must then correlate
     * perfectly (ρ = 1 at every step), and a model spec for another grid or kind is refused.
     */
    @Test
    void dnsBaselineOnItsOwnTrajectoryCorrelatesPerfectly(@TempDir Path dir) {
        int frames = 6;
        double[][][] init = {SyntheticFlows.divergenceFree(N, 3, 5.0, 1), SyntheticFlows.divergenceFree(N, 3, 5.0, 2)};
        double[][][][] traj = new ClassicalRollout(N).rollout(new double[][][][] {{init[0]}, {init[1]}}, frames - 1);
        Path file = dir.resolve("test.nc");
        DatasetSchema schema = DatasetSchema.builder().unlimitedTime("1", Map.of())
                .dimension("sample", 2).dimension("y", N).dimension("x", N)
                .variable("u", DataKind.DOUBLE, List.of("time", "sample", "y", "x"), Map.of())
                .variable("v", DataKind.DOUBLE, List.of("time", "sample", "y", "x"), Map.of()).build();
        try (FrameWriter w = FrameWriter.create(file, schema, NetcdfFormat.NC3)) {
            for (int t = 0; t < frames; t++) {
                double[] u = new double[2 * N * N];
                double[] v = new double[2 * N * N];
                for (int s = 0; s < 2; s++) {
                    double[][] f = t == 0 ? init[s] : traj[s][t - 1];
                    System.arraycopy(f[0], 0, u, s * N * N, N * N);
                    System.arraycopy(f[1], 0, v, s * N * N, N * N);
                }
                w.writeFrame(t, Map.of("u", u, "v", v));
            }
        }
        double dt = FlowParameters.kolmogorov(N).dt();
        Evaluation.Result r = Evaluation.run(file, List.of("dns:16"), 4.5 * dt);
        assertEquals(4, r.steps());
        for (double rho : r.scores().getFirst().meanCorrelation()) {
            assertEquals(1.0, rho, 1e-12);
        }
        assertEquals(Double.POSITIVE_INFINITY, r.scores().getFirst().until095());
        assertTrue(r.markdown().contains("| dns:16 | ≥ "), r.markdown());
        assertTrue(r.markdown().contains("duration ρ > 0.8"), r.markdown());
        assertThrows(IllegalArgumentException.class, () -> Evaluation.run(file, List.of("dns:32"), 2 * dt));
        assertThrows(IllegalArgumentException.class, () -> Evaluation.run(file, List.of("fno:x"), 2 * dt));
        assertThrows(IllegalArgumentException.class, () -> Evaluation.run(file, List.of("dns:16"), 50 * dt));
    }

    /**
     * DNS-2N from a fine file: the test file holds the 2N trajectory downsampled to N at every coarse step, the fine
     * file the same trajectory at 2N every fine step. dns:2N started from the fine file at the test file's start time
     * must then reproduce the test frames exactly (ρ = 1, identical spectra); a fine file of other trajectories, a
     * missing fine file and a start time the fine file lacks are refused.
     */
    @Test
    void finerDnsBaselineStartsFromTheFineFileAndIsScoredOnTheTestGrid(@TempDir Path dir) {
        int fine = 2 * N;
        int coarseFrames = 5;
        double fineDt = FlowParameters.kolmogorov(fine).dt();
        double coarseDt = FlowParameters.kolmogorov(N).dt();
        double[][][] init = {SyntheticFlows.divergenceFree(fine, 3, 5.0, 1), SyntheticFlows.divergenceFree(fine, 3, 5.0, 2)};
        double[][][][] fineTraj = new ClassicalRollout(fine).rollout(new double[][][][] {{init[0]}, {init[1]}},
                2 * (coarseFrames - 1));
        double[][][][] coarseTraj = new ClassicalRollout(fine, N).rolloutFrom(init, coarseFrames - 1);
        double t0 = 3.0;
        Path fineFile = dir.resolve("fine.nc");
        write(fineFile, fine, 2 * coarseFrames - 1, t0, fineDt, "100", (s, t) -> t == 0 ? init[s] : fineTraj[s][t - 1]);
        Path testFile = dir.resolve("test.nc");
        double[][][] coarseInit = new double[2][][];
        for (int s = 0; s < 2; s++) {
            var down = dev.eddy.solver.diagnostics.StaggeredDownsampling.toSize(dev.eddy.solver.field.StaggeredVelocity.of(
                    dev.eddy.solver.grid.Grid.square2Pi(fine), init[s][0], init[s][1]), N);
            coarseInit[s] = new double[][] {down.u().data(), down.v().data()};
        }
        write(testFile, N, coarseFrames, t0, coarseDt, "100", (s, t) -> t == 0 ? coarseInit[s] : coarseTraj[s][t - 1]);

        Evaluation.Result r = Evaluation.run(testFile, List.of(fineFile), List.of("dns:32", "dns:16"), 3.5 * coarseDt,
                new double[] {2 * coarseDt}, done -> { });
        assertEquals(3, r.steps());
        for (double rho : r.scores().getFirst().meanCorrelation()) {
            assertEquals(1.0, rho, 1e-12);
        }
        assertTrue(r.scores().get(1).meanCorrelation()[2] < 1 - 1e-9, "DNS-16 must differ from the 32² reference");
        double[] reference = r.referenceSpectra()[0];
        double[] dns32 = r.scores().getFirst().spectra()[0];
        assertEquals(reference.length, dns32.length);
        for (int k = 0; k < reference.length; k++) {
            assertEquals(reference[k], dns32[k], 1e-12 * (1 + Math.abs(reference[k])));
        }

        Path other = dir.resolve("other.nc");
        write(other, fine, 3, t0, fineDt, "101", (s, t) -> init[s]);
        assertThrows(IllegalArgumentException.class, () -> Evaluation.run(testFile, List.of(other), List.of("dns:32"),
                coarseDt, new double[0], done -> { }));
        assertThrows(IllegalArgumentException.class, () -> Evaluation.run(testFile, List.of(), List.of("dns:32"),
                coarseDt, new double[0], done -> { }));
        Path late = dir.resolve("late.nc");
        write(late, fine, 3, t0 + 1, fineDt, "100", (s, t) -> init[s]);
        assertThrows(IllegalArgumentException.class, () -> Evaluation.run(testFile, List.of(late), List.of("dns:32"),
                coarseDt, new double[0], done -> { }));
    }

    private interface Frames {
        double[][] of(int sample, int frame);
    }

    private static void write(Path file, int n, int frames, double t0, double dt, String seed, Frames source) {
        DatasetSchema schema = DatasetSchema.builder().unlimitedTime("1", Map.of())
                .dimension("sample", 2).dimension("y", n).dimension("x", n)
                .variable("u", DataKind.DOUBLE, List.of("time", "sample", "y", "x"), Map.of())
                .variable("v", DataKind.DOUBLE, List.of("time", "sample", "y", "x"), Map.of())
                .globalAttribute("eddy_seed", seed).globalAttribute("eddy_dns_grid", 64.0).build();
        try (FrameWriter w = FrameWriter.create(file, schema, NetcdfFormat.NC3)) {
            for (int t = 0; t < frames; t++) {
                double[] u = new double[2 * n * n];
                double[] v = new double[2 * n * n];
                for (int s = 0; s < 2; s++) {
                    double[][] f = source.of(s, t);
                    System.arraycopy(f[0], 0, u, s * n * n, n * n);
                    System.arraycopy(f[1], 0, v, s * n * n, n * n);
                }
                w.writeFrame(t0 + t * dt, Map.of("u", u, "v", v));
            }
        }
    }
}
