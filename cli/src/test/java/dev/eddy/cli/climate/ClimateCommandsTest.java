package dev.eddy.cli.climate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.cli.CliRunner;
import dev.eddy.data.DataKind;
import dev.eddy.data.DatasetSchema;
import dev.eddy.data.FrameWriter;
import dev.eddy.data.NetcdfFormat;
import dev.eddy.data.NetcdfReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClimateCommandsTest {

    private static void assertUserError(CliRunner r, String fragment) {
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("eddy: "), r.err());
        assertTrue(r.err().contains(fragment), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    private static Path run(Path dir, String... extra) {
        Path out = dir.resolve("run.nc");
        String[] base = {"qg", "run", "--days", "6", "--save-every", "12h", "--out", out.toString(), "--quiet", "--forcing", "shipped-qg3jl"};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra)).toArray(String[]::new);
        CliRunner r = CliRunner.run(args);
        assertEquals(0, r.exitCode(), r.err());
        return out;
    }

    @Test
    void qgRunWritesPsiAndHeightAndTheBlockingToolsReadIt(@TempDir Path dir) throws IOException {
        Path out = run(dir);
        try (NetcdfReader reader = NetcdfReader.open(out)) {
            assertArrayEquals(new int[] {13, 3, 32, 64}, reader.info("geopotential_height").shape());
            assertEquals("m", reader.info("geopotential_height").units());
            assertTrue(String.valueOf(reader.globalAttributes().get("eddy_command")).startsWith("eddy qg run --days 6"),
                    String.valueOf(reader.globalAttributes().get("eddy_command")));
        }
        Path index = dir.resolve("index.nc");
        CliRunner r = CliRunner.run("blocking", "index", "--in", out.toString(), "--method", "box", "--out", index.toString());
        assertEquals(0, r.exitCode(), r.err());
        Path tm = dir.resolve("tm.nc");
        r = CliRunner.run("blocking", "index", "--in", out.toString(), "--method", "tm", "--box", "45,75,-90,30", "--out", tm.toString());
        assertEquals(0, r.exitCode(), r.err());
        Path csv = dir.resolve("events.csv");
        r = CliRunner.run("blocking", "events", "--index", index.toString(), "--threshold", "0.5sigma", "--min-days", "0.5", "--gap", "0",
                "--out", csv.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.readAllLines(csv).get(0).startsWith("event,onset_day"));
        Path nc = dir.resolve("events.nc");
        r = CliRunner.run("blocking", "events", "--index", index.toString(), "--threshold", "90p", "--min-days", "0", "--out", nc.toString());
        assertEquals(0, r.exitCode(), r.err());
        try (NetcdfReader reader = NetcdfReader.open(nc)) {
            assertTrue(reader.hasVariable("duration"));
        }
        Path forcing = dir.resolve("S.nc");
        r = CliRunner.run("qg", "forcing", "--from", out.toString(), "--out", forcing.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        try (NetcdfReader reader = NetcdfReader.open(forcing)) {
            assertArrayEquals(new int[] {1, 3, 32, 64}, reader.info("forcing").shape());
        }
        Path rerun = dir.resolve("rerun.nc");
        r = CliRunner.run("qg", "run", "--days", "1", "--init", out.toString(), "--forcing", forcing.toString(), "--resolution", "T42",
                "--out", rerun.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        Path corrected = dir.resolve("corrected.nc");
        r = CliRunner.run("qg", "run", "--days", "1", "--out", corrected.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        try (NetcdfReader reader = NetcdfReader.open(corrected)) {
            assertArrayEquals(new int[] {2, 3, 32, 64}, reader.info("psi").shape());
        }
    }

    @Test
    void resumeOfAFinishedRunLeavesItUnchanged(@TempDir Path dir) throws IOException {
        Path out = run(dir, "--checkpoint-every", "2d");
        byte[] before = Files.readAllBytes(out);
        CliRunner r = CliRunner.run("qg", "run", "--days", "6", "--save-every", "12h", "--out", out.toString(), "--quiet",
                "--forcing", "shipped-qg3jl", "--checkpoint-every", "2d", "--resume");
        assertEquals(0, r.exitCode(), r.err());
        assertArrayEquals(before, Files.readAllBytes(out));
    }

    private static Path writePsi(Path dir, String name, int nlat, int nlon, double fill, String variable) {
        Path file = dir.resolve(name);
        double[] values = new double[3 * nlat * nlon];
        java.util.Arrays.fill(values, 1e6);
        values[7] = fill;
        DatasetSchema schema = DatasetSchema.builder()
                .unlimitedTime("days since 2000-01-01", Map.of())
                .dimension("level", 3).dimension("lat", nlat).dimension("lon", nlon)
                .variable(variable, DataKind.DOUBLE, List.of("time", "level", "lat", "lon"), Map.of())
                .build();
        try (FrameWriter w = FrameWriter.create(file, schema, NetcdfFormat.NC3)) {
            w.writeFrame(0, Map.of(variable, values));
        }
        return file;
    }

    @Test
    void badInputIsOneLineWithExitCode2(@TempDir Path dir) {
        Path out = dir.resolve("x.nc");
        assertUserError(CliRunner.run("qg", "run", "--days", "-3", "--out", out.toString()), "must not be negative");
        assertUserError(CliRunner.run("qg", "run", "--days", "3", "--resolution", "T63", "--out", out.toString()), "T21 or T42");
        assertUserError(CliRunner.run("qg", "run", "--days", "3", "--save-every", "7m", "--out", out.toString()), "whole number");
        Path wrongGrid = writePsi(dir, "grid.nc", 10, 20, 1e6, "psi");
        assertUserError(CliRunner.run("qg", "run", "--days", "1", "--init", wrongGrid.toString(), "--out", out.toString()), "Gaussian grid");
        Path noPsi = writePsi(dir, "nopsi.nc", 32, 64, 1e6, "streamfunction");
        assertUserError(CliRunner.run("qg", "run", "--days", "1", "--init", noPsi.toString(), "--out", out.toString()), "no variable 'psi'");
        Path nan = writePsi(dir, "nan.nc", 32, 64, Double.NaN, "psi");
        assertUserError(CliRunner.run("qg", "run", "--days", "1", "--init", nan.toString(), "--out", out.toString()), "NaN");
        assertUserError(CliRunner.run("qg", "run", "--days", "1", "--init", dir.resolve("missing.nc").toString(), "--out", out.toString()),
                "missing.nc");
        assertUserError(CliRunner.run("blocking", "index", "--in", noPsi.toString(), "--out", dir.resolve("i.nc").toString()), "no Z500 variable");
        assertUserError(CliRunner.run("blocking", "events", "--index", noPsi.toString(), "--min-days", "-1", "--out",
                dir.resolve("e.csv").toString()), "negative");
        assertUserError(CliRunner.run("blocking", "events", "--index", noPsi.toString(), "--out", dir.resolve("e.csv").toString()),
                "blocking_index");
        assertFalse(Files.exists(out));
    }
}
