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
            LabelledArray written = SampleDatasets.schema().staticVariables().getFirst().values();
            LabelledArray bottom = r.read("bottom");
            assertArrayEquals(written.values(), bottom.values(), 0.0);
            assertEquals(written.attributes(), bottom.attributes());
            assertEquals(SampleDatasets.schema().coordinates().getFirst(), r.read("y"));

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

    @ParameterizedTest
    @EnumSource(NetcdfFormat.class)
    void aFileWithoutTimeHoldsStaticVariablesOnly(NetcdfFormat format) {
        assumeTrue(format == NetcdfFormat.NC3 || NetcdfFormat.nc4Available(), "libnetcdf not installed");
        Path file = dir.resolve("static-" + format + ".nc");
        DatasetSchema schema = DatasetSchema.builder()
                .coordinate(LabelledArray.coordinate("lat", new double[] {60, 30, 0}, Map.of("units", "degrees_north")))
                .staticVariable(LabelledArray.of("mask", List.of("lat"), new int[] {3}, new double[] {1, 0, 1}),
                        DataKind.FLOAT)
                .build();
        try (FrameWriter w = FrameWriter.create(file, schema, format)) {
            assertEquals(0, w.frameCount());
            assertThrows(IllegalStateException.class, () -> w.writeFrame(0, Map.of()));
        }
        try (NetcdfReader r = NetcdfReader.open(file)) {
            assertEquals(List.of("lat", "mask"), r.variableNames());
            assertArrayEquals(new double[] {1, 0, 1}, r.read("mask").values(), 0.0);
            assertTrue(r.isDescending("lat"));
        }
    }

    @ParameterizedTest
    @EnumSource(NetcdfFormat.class)
    void resumeDropsLaterFramesAndAppendsAfterTheKeptOnes(NetcdfFormat format) {
        assumeTrue(format == NetcdfFormat.NC3 || NetcdfFormat.nc4Available(), "libnetcdf not installed");
        Path file = dir.resolve("resume-" + format + ".nc");
        try (FrameWriter w = FrameWriter.create(file, SampleDatasets.schema(), format)) {
            for (int n = 0; n < 4; n++) {
                w.writeFrame(-1, Map.of("vorticity", new double[SampleDatasets.NX * SampleDatasets.NY],
                        "energy", new double[] {-1}));
            }
        }
        try (FrameWriter w = FrameWriter.resume(file, 0)) {
            assertEquals(0, w.frameCount());
            for (int n = 0; n < 2; n++) {
                w.writeFrame(SampleDatasets.time(n), SampleDatasets.frame(n));
            }
        }
        try (FrameWriter w = FrameWriter.resume(file, 2)) {
            for (int n = 2; n < 6; n++) {
                w.writeFrame(SampleDatasets.time(n), SampleDatasets.frame(n));
            }
            assertEquals(6, w.frameCount());
        }
        try (NetcdfReader r = NetcdfReader.open(file)) {
            assertEquals(6, r.dimensions().get("time"));
            for (int n = 0; n < 6; n++) {
                assertEquals(SampleDatasets.time(n), r.read("time").get(n), 0.0);
                assertArrayEquals(SampleDatasets.vorticity(n), r.readIndex("vorticity", "time", n).values(), 0.0);
            }
        }
    }

    @Test
    void twoWritersCannotAppendToOneFile() {
        Path file = dir.resolve("locked.nc");
        try (FrameWriter w = FrameWriter.create(file, SampleDatasets.schema(), NetcdfFormat.NC3)) {
            DataFileException e = assertThrows(DataFileException.class, () -> FrameWriter.resume(file, 0));
            assertTrue(e.getMessage().contains("already open for writing"), e.getMessage());
            w.writeFrame(0, SampleDatasets.frame(0));
        }
        try (FrameWriter w = FrameWriter.resume(file, 1)) {
            assertEquals(1, w.frameCount());
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

    @ParameterizedTest
    @EnumSource(NetcdfFormat.class)
    void aFrameMustHoldExactlyTheTimeDependentVariables(NetcdfFormat format) {
        assumeTrue(format == NetcdfFormat.NC3 || NetcdfFormat.nc4Available(), "libnetcdf not installed");
        Path file = dir.resolve("frame-" + format + ".nc");
        try (FrameWriter w = FrameWriter.create(file, SampleDatasets.schema(), format)) {
            assertThrows(IllegalArgumentException.class,
                    () -> w.writeFrame(0, Map.of("vorticity", SampleDatasets.vorticity(0))));
            assertThrows(IllegalArgumentException.class,
                    () -> w.writeFrame(0, Map.of("vorticity", new double[3], "energy", new double[1])));
            assertEquals(0, w.frameCount());
        }
    }

    /** netcdf-java 4.5.5 prints two lines to stdout when it loads libnetcdf; eddy's loader keeps the console clean. */
    @Test
    void loadingTheNativeLibraryPrintsNothing() throws Exception {
        assumeTrue(NetcdfFormat.nc4Available(), "libnetcdf not installed");
        Path file = dir.resolve("quiet.nc");
        Path outcome = dir.resolve("outcome.txt");
        Path log = dir.resolve("quiet.log");
        Process child = ChildJvm.start(Nc4CreateChild.class, List.of(),
                List.of(file.toString(), outcome.toString()), log);
        assertTrue(child.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(0, child.exitValue(), java.nio.file.Files.readString(log));
        assertEquals("created", java.nio.file.Files.readString(outcome));
        assertEquals("", java.nio.file.Files.readString(log), "console output of the child JVM");
    }

    /** A child JVM whose JNA cannot find libnetcdf (library search path pointed at an empty folder). */
    @Test
    void nc4WithoutTheNativeLibraryIsAOneLineError() throws Exception {
        Path file = dir.resolve("nc4.nc");
        Path outcome = dir.resolve("outcome.txt");
        Path empty = java.nio.file.Files.createDirectory(dir.resolve("no-libs"));
        Process child = ChildJvm.start(Nc4CreateChild.class,
                List.of("-Djna.platform.library.path=" + empty, "-Djna.library.path=" + empty),
                List.of(file.toString(), outcome.toString()), dir.resolve("child.log"));
        assertTrue(child.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(0, child.exitValue(), java.nio.file.Files.readString(dir.resolve("child.log")));
        List<String> lines = java.nio.file.Files.readAllLines(outcome);
        assertEquals(List.of("available=false", file + ": cannot write NetCDF-4: the native NetCDF library (libnetcdf)"
                + " is not installed (Debian/Ubuntu: apt-get install libnetcdf19); use NetCDF-3 instead"), lines);
        assertTrue(java.nio.file.Files.notExists(file));
    }
}
