package dev.eddy.cli.stencil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.cli.CliRunner;
import dev.eddy.cli.ExitCodes;
import dev.eddy.data.Checkpoint;
import dev.eddy.data.ExternalTools;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eddy dataset kolmogorov} → {@code eddy train li|tsm} → {@code eddy evaluate} on a tiny grid; user errors are
 * one line with exit 2.
 */
class TrainCommandTest {

    @TempDir
    Path dir;

    private static final String TINY = """
            preset: small
            layers: 1
            width: 4
            unroll: 2
            batch: 2
            steps: 2
            warmup: 1
            checkpoint_every: 1
            history: 3
            hippo_order: 4
            bundle: 2
            """;

    @Test
    void trainsLiAndTsmOnADatasetFromTheDatasetCommand() throws Exception {
        Path data = dir.resolve("train.nc");
        CliRunner d = CliRunner.run("dataset", "kolmogorov", "--quiet", "--dns-grid", "16", "--grid", "8",
                "--trajectories", "2", "--seed", "3", "--spinup", "0", "--length", "0.4", "--threads", "1",
                "--out", data.toString());
        assertEquals(0, d.exitCode(), d.err());
        Path config = Files.writeString(dir.resolve("tiny.yaml"), TINY);
        for (String kind : new String[] {"li", "tsm"}) {
            Path out = dir.resolve("run-" + kind);
            CliRunner r = CliRunner.run("train", kind, "--quiet", "--data", data.toString(), "--config",
                    config.toString(), "--out", out.toString());
            assertEquals(0, r.exitCode(), r.err());
            Checkpoint model = Checkpoint.read(out.resolve("model.ckpt"));
            assertEquals(kind, model.meta("kind"));
            assertEquals("2", model.meta("steps"));

            CliRunner again = CliRunner.run("train", kind, "--quiet", "--data", data.toString(), "--config",
                    config.toString(), "--out", out.toString());
            assertEquals(ExitCodes.USAGE, again.exitCode());
            assertTrue(again.err().contains("--resume"), again.err());
            assertEquals(1, again.err().strip().lines().count(), again.err());
        }

        Path eval = dir.resolve("eval.nc");
        CliRunner e = CliRunner.run("evaluate", "--models", "dns:8,li:" + dir.resolve("run-li").resolve("model.ckpt")
                + ",tsm:" + dir.resolve("run-tsm").resolve("model.ckpt"),
                "--test", data.toString(), "--t-end", "0.2", "--out", eval.toString());
        assertEquals(0, e.exitCode(), e.err());
        assertTrue(e.out().contains("| dns:8 |") && e.out().contains("| li:") && e.out().contains("| tsm:"), e.out());
        try (dev.eddy.data.NetcdfReader nc = dev.eddy.data.NetcdfReader.open(eval)) {
            int[] shape = nc.info("correlation").shape();
            assertEquals(3, shape[0], "0.2 / (π/56) → 3 steps");
            assertEquals(3, shape[1]);
            double[] rho = nc.read("correlation").values();
            for (double r : rho) {
                assertTrue(r > 0.5 && r <= 1.0 + 1e-12, "early correlations are high: " + r);
            }
            int[] spectra = nc.info("energy_spectrum").shape();
            assertEquals(2, spectra[0], "3 steps: outputs 1 and 3 (quarter and half both round to output 1)");
            assertEquals(3, spectra[1]);
            double[] reference = nc.read("reference_energy_spectrum").values();
            double total = 0;
            for (double energy : reference) {
                assertTrue(energy >= 0, "energy spectra are non-negative");
                total += energy;
            }
            assertTrue(total > 0, "the reference flow has kinetic energy");
        }
        ExternalTools.requireXarray();
        ExternalTools.Result py = ExternalTools.xarrayScript(String.join("\n",
                "import sys, xarray",
                "ds = xarray.open_dataset(sys.argv[1])",
                "ds.load()",
                "print(dict(ds.energy_spectrum.sizes))"), eval);
        assertEquals(0, py.code(), py.err());
        assertTrue(py.out().contains("'spectrum_time': 2"), py.out());
        CliRunner bad = CliRunner.run("evaluate", "--models", "fno:x", "--test", data.toString(), "--t-end", "0.2",
                "--out", dir.resolve("bad.nc").toString());
        assertEquals(ExitCodes.USAGE, bad.exitCode());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
    }

    @Test
    void badConfigIsAOneLineUserError() throws Exception {
        Path config = Files.writeString(dir.resolve("bad.yaml"), "preset: small\nlayer: 3\n");
        Path data = Files.writeString(dir.resolve("fake.nc"), "not netcdf");
        CliRunner r = CliRunner.run("train", "li", "--data", data.toString(), "--config", config.toString(), "--out",
                dir.resolve("run").toString());
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("unknown config key 'layer'"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
