package dev.eddy.cli.info;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.cli.CliRunner;
import dev.eddy.data.DataKind;
import dev.eddy.data.DatasetSchema;
import dev.eddy.data.FrameWriter;
import dev.eddy.data.LabelledArray;
import dev.eddy.data.NetcdfFormat;
import dev.eddy.data.Provenance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfoCommandTest {
    @TempDir
    Path dir;

    private Path writeSample() {
        Path file = dir.resolve("run.nc");
        DatasetSchema schema = DatasetSchema.builder()
                .unlimitedTime("1", Map.of())
                .coordinate(LabelledArray.coordinate("y", new double[] {0, 1, 2}, Map.of("units", "m", "axis", "Y")))
                .coordinate(LabelledArray.coordinate("x", new double[] {0, 1}, Map.of("units", "m", "axis", "X")))
                .variable("vorticity", DataKind.FLOAT, List.of("time", "y", "x"),
                        Map.of("units", "s-1", "long_name", "relative vorticity"))
                .globalAttributes(Provenance.of("eddy simulate --grid 2", "grid = 2\nviscosity = 0.001", 17L))
                .build();
        try (FrameWriter w = FrameWriter.create(file, schema, NetcdfFormat.NC3)) {
            for (int n = 0; n < 3; n++) {
                w.writeFrame(n, Map.of("vorticity", new double[6]));
            }
        }
        return file;
    }

    @Test
    void printsDimensionsVariablesAndProvenance() {
        Path file = writeSample();
        CliRunner r = CliRunner.run("info", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        String out = r.out();
        assertTrue(out.startsWith(file + " (NetCDF-3)"), out);
        assertTrue(out.contains("  time = 3 (unlimited)\n"), out);
        assertTrue(out.contains("  y = 3\n") && out.contains("  x = 2\n"), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(
                "\\s+vorticity\\s+\\(time, y, x\\)\\s+\\[3, 3, 2\\]\\s+\\[s-1\\]\\s+relative vorticity")), out);
        assertTrue(out.contains("  eddy_command: eddy simulate --grid 2\n"), out);
        assertTrue(out.contains("  eddy_seed: 17\n"), out);
        assertTrue(out.contains("  eddy_config:\n    grid = 2\n    viscosity = 0.001\n"), out);
        assertTrue(out.contains("  java_version: " + System.getProperty("java.version")), out);
        assertTrue(out.contains("  Conventions: CF-1.8"), out);
        assertEquals("", r.err());
    }

    @Test
    void unreadableFileIsOneLineWithExitCode2() throws Exception {
        Path bogus = Files.writeString(dir.resolve("bogus.nc"), "this is not NetCDF at all");
        for (Path file : List.of(bogus, dir.resolve("missing.nc"))) {
            CliRunner r = CliRunner.run("info", file.toString());
            assertEquals(2, r.exitCode(), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("eddy: " + file), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            assertEquals("", r.out());
        }
    }
}
