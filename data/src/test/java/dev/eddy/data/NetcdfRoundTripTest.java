package dev.eddy.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NetcdfRoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(NetcdfFormat.class)
    void valuesDimsAndAttributesSurviveARoundTrip(NetcdfFormat format) {
        assumeTrue(format == NetcdfFormat.NC3 || NetcdfFormat.nc4Available(), "libnetcdf not installed");
        Path file = dir.resolve("round-" + format + ".nc");
        Map<String, Object> globals = Provenance.of("eddy simulate --grid 6", "grid = 6\nseed = 7", 7L);
        try (FrameWriter w = FrameWriter.create(file, SampleDatasets.schema(globals), format)) {
            for (int n = 0; n < 3; n++) {
                w.writeFrame(SampleDatasets.time(n), SampleDatasets.frame(n));
                assertEquals(n + 1, w.frameCount());
            }
        }
        try (NetcdfReader r = NetcdfReader.open(file)) {
            assertEquals(format, r.format());
            assertEquals(List.of("time", "y", "x", "bottom", "vorticity", "energy"), r.variableNames());
            assertEquals(Map.of("time", 3, "y", SampleDatasets.NY, "x", SampleDatasets.NX), r.dimensions());
            assertEquals(List.of("time"), r.unlimitedDimensions());

            LabelledArray w = r.read("vorticity");
            assertEquals(List.of("time", "y", "x"), w.dims());
            assertArrayEquals(new int[] {3, SampleDatasets.NY, SampleDatasets.NX}, w.shape());
            for (int n = 0; n < 3; n++) {
                assertArrayEquals(SampleDatasets.vorticity(n), r.readIndex("vorticity", "time", n).values(), 0.0);
                assertEquals((float) SampleDatasets.energy(n), r.read("energy").get(n), 0.0);
                assertEquals(SampleDatasets.time(n), r.read("time").get(n), 0.0);
            }
            assertEquals(SampleDatasets.vorticity(1)[7], w.get(1, 1, 1), 0.0);
            assertEquals(Math.sqrt(23), r.read("bottom").get(3, 5), 0.0);

            VariableInfo info = r.info("vorticity");
            assertEquals("1/s", info.units());
            assertEquals("relative vorticity", info.attributes().get("long_name"));
            assertEquals("atmosphere_relative_vorticity", info.attributes().get("standard_name"));
            assertEquals("1", r.info("time").units());
            assertEquals("T", r.info("time").attributes().get("axis"));

            Map<String, Object> g = r.globalAttributes();
            assertEquals("CF-1.8", g.get("Conventions"));
            for (String key : List.of("eddy_command", "eddy_config", "eddy_seed", "eddy_version", "eddy_git_commit",
                    "java_version", "java_vendor", "os_arch", "os_name", "history", "date_created")) {
                assertEquals(globals.get(key), g.get(key), key);
            }
            assertEquals("grid = 6\nseed = 7", g.get("eddy_config"));
        }
    }

    @Test
    void netcdf3IsThe64BitOffsetVariant() throws Exception {
        Path file = dir.resolve("cdf2.nc");
        FrameWriter.create(file, SampleDatasets.schema(), NetcdfFormat.NC3).close();
        byte[] magic = java.nio.file.Files.readAllBytes(file);
        assertEquals('C', magic[0]);
        assertEquals(2, magic[3], "CDF-2 (64-bit offset) magic number");
    }

    @Test
    void refusesToOverwriteUnlessAsked() throws Exception {
        Path file = dir.resolve("exists.nc");
        FrameWriter.create(file, SampleDatasets.schema(), NetcdfFormat.NC3).close();
        DataFileException e = assertThrows(DataFileException.class,
                () -> FrameWriter.create(file, SampleDatasets.schema(), NetcdfFormat.NC3));
        assertTrue(e.getMessage().contains("refusing to overwrite"), e.getMessage());
        try (FrameWriter w = FrameWriter.create(file, SampleDatasets.schema(), NetcdfFormat.NC3, true)) {
            w.writeFrame(0, SampleDatasets.frame(0));
        }
        try (NetcdfReader r = NetcdfReader.open(file)) {
            assertEquals(1, r.dimensions().get("time"));
        }
    }

    @Test
    void aFrameMustHoldExactlyTheTimeDependentVariables() {
        Path file = dir.resolve("frame.nc");
        try (FrameWriter w = FrameWriter.create(file, SampleDatasets.schema(), NetcdfFormat.NC3)) {
            assertThrows(IllegalArgumentException.class,
                    () -> w.writeFrame(0, Map.of("vorticity", SampleDatasets.vorticity(0))));
            assertThrows(IllegalArgumentException.class,
                    () -> w.writeFrame(0, Map.of("vorticity", new double[3], "energy", new double[1])));
            assertEquals(0, w.frameCount());
        }
    }

    @Test
    void nc4WithoutTheNativeLibraryIsAOneLineError() {
        assumeTrue(!NetcdfFormat.nc4Available(), "libnetcdf is installed; the missing-library path cannot run");
        DataFileException e = assertThrows(DataFileException.class,
                () -> FrameWriter.create(dir.resolve("nc4.nc"), SampleDatasets.schema(), NetcdfFormat.NC4));
        assertTrue(e.getMessage().contains("libnetcdf") && !e.getMessage().contains("\n"), e.getMessage());
    }
}
