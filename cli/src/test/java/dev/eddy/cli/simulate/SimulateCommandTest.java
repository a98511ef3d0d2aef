package dev.eddy.cli.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.cli.CliRunner;
import dev.eddy.cli.ExitCodes;
import dev.eddy.data.DataKind;
import dev.eddy.data.DatasetSchema;
import dev.eddy.data.FrameWriter;
import dev.eddy.data.LabelledArray;
import dev.eddy.data.NetcdfFormat;
import dev.eddy.data.NetcdfReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end tests of {@code eddy simulate}: file layout, physics of the saved frames, ensembles, bad input. */
class SimulateCommandTest {

    @TempDir
    Path dir;

    static String[] args(String... extra) {
        List<String> a = new ArrayList<>(List.of("simulate", "--quiet", "--threads", "1"));
        a.addAll(List.of(extra));
        return a.toArray(String[]::new);
    }

    @Test
    void finiteVolumeRunWritesDivergenceFreeFacesAndExactTimes() {
        Path out = dir.resolve("fv.nc");
        CliRunner r = CliRunner.run(args("--solver", "fv", "--grid", "32", "--t-end", "0.5", "--save-every", "0.1", "--out", out.toString()));
        assertEquals(0, r.exitCode(), r.err());
        try (NetcdfReader nc = NetcdfReader.open(out)) {
            double dt = 0.5 * (2 * Math.PI / 32) / 7;
            long perSave = Math.round(0.1 / dt);
            double[] time = nc.read("time").values();
            assertEquals(Math.round(0.5 / dt) / perSave + 1, time.length);
            for (int k = 0; k < time.length; k++) {
                assertEquals(k * perSave * dt, time[k], 0.0, "time of frame " + k);
            }
            assertArrayEquals(new int[] {time.length, 32, 32}, nc.info("u").shape());
            assertEquals(List.of("time", "y_center", "x"), nc.info("u").dims());
            assertEquals(List.of("time", "y", "x_center"), nc.info("v").dims());
            double[] u = nc.readIndex("u", "time", time.length - 1).values();
            double[] v = nc.readIndex("v", "time", time.length - 1).values();
            double[] w = nc.readIndex("vorticity", "time", time.length - 1).values();
            double h = 2 * Math.PI / 32;
            double maxDiv = 0;
            double maxCurlError = 0;
            for (int j = 0; j < 32; j++) {
                for (int i = 0; i < 32; i++) {
                    int k = j * 32 + i;
                    maxDiv = Math.max(maxDiv, Math.abs((u[k] - u[j * 32 + (i + 31) % 32]) / h + (v[k] - v[((j + 31) % 32) * 32 + i]) / h));
                    double curl = (v[j * 32 + (i + 1) % 32] - v[k]) / h - (u[((j + 1) % 32) * 32 + i] - u[k]) / h;
                    maxCurlError = Math.max(maxCurlError, Math.abs(curl - w[k]));
                }
            }
            assertTrue(maxDiv <= 1e-10, "divergence " + maxDiv);
            assertTrue(maxCurlError <= 1e-10, "vorticity is not the curl of the saved velocity: " + maxCurlError);
            assertTrue(String.valueOf(nc.globalAttributes().get("eddy_config")).contains("solver = fv"));
            assertTrue(String.valueOf(nc.globalAttributes().get("eddy_command")).startsWith("eddy simulate"));
        }
    }

    @Test
    void spectralRunWithSaveGridStoresTruncatedFrames() {
        Path out = dir.resolve("sp.nc");
        CliRunner r = CliRunner.run(args("--solver", "spectral", "--grid", "64", "--save-grid", "16", "--t-end", "0.2",
                "--save-every", "0.1", "--out", out.toString()));
        assertEquals(0, r.exitCode(), r.err());
        try (NetcdfReader nc = NetcdfReader.open(out)) {
            assertEquals(List.of("time", "y", "x"), nc.info("vorticity").dims());
            assertEquals(16, nc.info("vorticity").shape()[2]);
            assertEquals(0.0, nc.read("x").values()[0], 0.0, "spectral collocation starts at x = 0");
            assertFalse(nc.variableNames().contains("u"));
        }
    }

    @Test
    void ensembleMembersEqualSingleRunsWithTheirSeeds() {
        Path ens = dir.resolve("ens.nc");
        CliRunner parallel = CliRunner.run("simulate", "--quiet", "--grid", "16", "--t-end", "0.3", "--save-every", "0.1",
                "--ensemble", "2", "--seed", "5", "--threads", "2", "--out", ens.toString());
        assertEquals(0, parallel.exitCode(), parallel.err());
        Path single = dir.resolve("single.nc");
        assertEquals(0, CliRunner.run(args("--grid", "16", "--t-end", "0.3", "--save-every", "0.1", "--seed", "6",
                "--out", single.toString())).exitCode());
        try (NetcdfReader e = NetcdfReader.open(ens); NetcdfReader s = NetcdfReader.open(single)) {
            assertEquals(List.of("time", "sample", "y", "x"), e.info("vorticity").dims());
            LabelledArray all = e.read("vorticity");
            double[] one = s.read("vorticity").values();
            int frames = all.shape()[0];
            int n = 16 * 16;
            boolean membersDiffer = false;
            for (int t = 0; t < frames; t++) {
                for (int k = 0; k < n; k++) {
                    assertEquals(one[t * n + k], all.values()[(t * 2 + 1) * n + k], 0.0, "member 1 = seed 6 run");
                    membersDiffer |= all.values()[(t * 2) * n + k] != all.values()[(t * 2 + 1) * n + k];
                }
            }
            assertTrue(membersDiffer, "members with different seeds must differ");
        }
    }

    @Test
    void initFromPreviousOutputContinuesTheRun() {
        Path first = dir.resolve("first.nc");
        Path second = dir.resolve("second.nc");
        Path whole = dir.resolve("whole.nc");
        String[] common = {"--grid", "16", "--dt", "0.01", "--save-every", "0.1", "--seed", "3"};
        assertEquals(0, CliRunner.run(concat(args(common), "--t-end", "0.2", "--out", first.toString())).exitCode());
        assertEquals(0, CliRunner.run(concat(args(common), "--t-end", "0.2", "--init", first.toString(), "--out", second.toString())).exitCode());
        assertEquals(0, CliRunner.run(concat(args(common), "--t-end", "0.4", "--out", whole.toString())).exitCode());
        try (NetcdfReader a = NetcdfReader.open(second); NetcdfReader b = NetcdfReader.open(whole)) {
            double[] continued = a.readIndex("u", "time", 2).values();
            double[] direct = b.readIndex("u", "time", 4).values();
            assertArrayEquals(direct, continued, 0.0, "fv --init from u, v continues bitwise");
        }
    }

    @Test
    void blowUpStopsWithOneLineAndKeepsGoodFrames() {
        Path out = dir.resolve("blow.nc");
        CliRunner r = CliRunner.run(args("--grid", "16", "--dt", "2.0", "--viscosity", "0", "--t-end", "400", "--save-every", "2",
                "--out", out.toString()));
        assertEquals(ExitCodes.RUN_FAILED, r.exitCode(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("blew up at step"), r.err());
        try (NetcdfReader nc = NetcdfReader.open(out)) {
            double[] w = nc.read("vorticity").values();
            assertTrue(w.length >= 256, "the first frame is kept");
            for (double x : w) {
                assertTrue(Double.isFinite(x), "saved frames are finite");
            }
        }
    }

    @Test
    void badInputIsOneLineWithExitCode2() throws Exception {
        Path out = dir.resolve("x.nc");
        Path wrongShape = dir.resolve("wrong.nc");
        writeField(wrongShape, "vorticity", 8, 0.0);
        Path nan = dir.resolve("nan.nc");
        writeField(nan, "vorticity", 16, Double.NaN);
        Path garbage = dir.resolve("garbage.nc");
        Files.write(garbage, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        Files.writeString(dir.resolve("exists.nc"), "x");
        List<String[]> cases = List.of(
                args("--grid", "15", "--t-end", "1", "--out", out.toString()),
                args("--grid", "16", "--t-end", "-1", "--out", out.toString()),
                args("--grid", "16", "--t-end", "1", "--solver", "lbm", "--out", out.toString()),
                args("--grid", "16", "--t-end", "1", "--save-grid", "6", "--out", out.toString()),
                args("--grid", "16", "--t-end", "1", "--init", dir.resolve("missing.nc").toString(), "--out", out.toString()),
                args("--grid", "16", "--t-end", "1", "--init", wrongShape.toString(), "--out", out.toString()),
                args("--grid", "16", "--t-end", "1", "--init", nan.toString(), "--out", out.toString()),
                args("--grid", "16", "--t-end", "1", "--init", garbage.toString(), "--out", out.toString()),
                args("--grid", "16", "--t-end", "1", "--forcing", "file", "--out", out.toString()),
                args("--grid", "16", "--t-end", "1", "--out", dir.resolve("exists.nc").toString()),
                args("--grid", "abc", "--t-end", "1", "--out", out.toString()));
        for (String[] c : cases) {
            CliRunner r = CliRunner.run(c);
            String what = String.join(" ", c) + " -> " + r.err();
            assertEquals(ExitCodes.USAGE, r.exitCode(), what);
            assertEquals(1, r.err().strip().lines().count(), what);
            assertTrue(r.err().startsWith("eddy: "), what);
            assertFalse(r.err().contains("Exception"), what);
        }
    }

    @Test
    void helpDescribesEveryOption() {
        CliRunner r = CliRunner.run("simulate", "--help");
        assertEquals(0, r.exitCode());
        for (String option : List.of("--solver", "--grid", "--domain", "--viscosity", "--drag", "--forcing", "--forcing-wavenumber",
                "--forcing-scale", "--t-end", "--save-every", "--dt", "--cfl", "--max-velocity", "--spinup", "--seed",
                "--peak-wavenumber", "--init", "--save-grid", "--ensemble", "--precision", "--format", "--out", "--resume", "--quiet")) {
            assertTrue(r.out().contains(option), option);
        }
    }

    static void writeField(Path file, String name, int n, double value) {
        double[] values = new double[n * n];
        java.util.Arrays.fill(values, value);
        double[] x = new double[n];
        DatasetSchema schema = DatasetSchema.builder().unlimitedTime("1", Map.of()).dimension("y", n).dimension("x", n)
                .coordinate(LabelledArray.of("x", List.of("x"), new int[] {n}, x))
                .coordinate(LabelledArray.of("y", List.of("y"), new int[] {n}, x))
                .variable(name, DataKind.DOUBLE, List.of("time", "y", "x"), Map.of())
                .build();
        try (FrameWriter w = FrameWriter.create(file, schema, NetcdfFormat.NC3)) {
            w.writeFrame(0.0, Map.of(name, values));
        }
    }

    static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }

}
