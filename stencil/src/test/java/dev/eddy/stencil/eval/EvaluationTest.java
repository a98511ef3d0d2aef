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
        assertThrows(IllegalArgumentException.class, () -> Evaluation.run(file, List.of("dns:32"), 2 * dt));
        assertThrows(IllegalArgumentException.class, () -> Evaluation.run(file, List.of("fno:x"), 2 * dt));
        assertThrows(IllegalArgumentException.class, () -> Evaluation.run(file, List.of("dns:16"), 50 * dt));
    }
}
