package dev.eddy.cli.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.cli.CliRunner;
import dev.eddy.cli.ExitCodes;
import dev.eddy.data.NetcdfReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KolmogorovDatasetCommandTest {

    @TempDir
    Path dir;

    @Test
    void storesDownsampledFloatFramesAtTheCoarseStep() {
        Path out = dir.resolve("train.nc");
        CliRunner r = CliRunner.run("dataset", "kolmogorov", "--quiet", "--dns-grid", "32", "--grid", "16", "--trajectories", "2",
                "--seed", "3", "--spinup", "0.1", "--length", "0.2", "--threads", "2", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        try (NetcdfReader nc = NetcdfReader.open(out)) {
            assertEquals(List.of("time", "sample", "y_center", "x"), nc.info("u").dims());
            int[] shape = nc.info("u").shape();
            double coarse = Math.PI / (7 * 16);
            double[] time = nc.read("time").values();
            assertEquals(shape[0], time.length);
            for (int k = 1; k < time.length; k++) {
                assertEquals(coarse, time[k] - time[k - 1], 1e-12, "one frame per coarse step");
            }
            assertEquals(2, shape[1]);
            assertEquals(16, shape[3]);
            assertEquals("train", nc.globalAttributes().get("eddy_split"));
            double[] u = nc.readIndex("u", "time", time.length - 1).values();
            double[] v = nc.readIndex("v", "time", time.length - 1).values();
            double h = 2 * Math.PI / 16;
            double maxDiv = 0;
            double maxU = 0;
            for (int s = 0; s < 2; s++) {
                int o = s * 256;
                for (int j = 0; j < 16; j++) {
                    for (int i = 0; i < 16; i++) {
                        int k = o + j * 16 + i;
                        maxDiv = Math.max(maxDiv, Math.abs((u[k] - u[o + j * 16 + (i + 15) % 16]) / h + (v[k] - v[o + ((j + 15) % 16) * 16 + i]) / h));
                        maxU = Math.max(maxU, Math.abs(u[k]));
                    }
                }
            }
            assertTrue(maxDiv <= 1e-5 * maxU / h, "float32 frames stay divergence-free: " + maxDiv);
        }
    }

    @Test
    void gridMustDivideDnsGrid() {
        CliRunner r = CliRunner.run("dataset", "kolmogorov", "--dns-grid", "32", "--grid", "12", "--trajectories", "1",
                "--seed", "1", "--length", "1", "--out", dir.resolve("x.nc").toString());
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
