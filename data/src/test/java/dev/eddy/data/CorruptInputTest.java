package dev.eddy.data;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Every unreadable input gives a {@link DataFileException} with one line naming the file, never another exception. */
class CorruptInputTest {
    @TempDir
    Path dir;

    private Path validFile(String name, NetcdfFormat format, int frames) {
        Path file = dir.resolve(name);
        try (FrameWriter w = FrameWriter.create(file, SampleDatasets.schema(), format)) {
            for (int n = 0; n < frames; n++) {
                w.writeFrame(SampleDatasets.time(n), SampleDatasets.frame(n));
            }
        }
        return file;
    }

    private static void assertOneLine(Path file, String expectedPart, Executable action) {
        DataFileException e = assertThrows(DataFileException.class, action);
        String m = e.getMessage();
        assertFalse(m.contains("\n") || m.contains("\r"), "one line: " + m);
        assertTrue(m.contains(file.toString()), "names the file: " + m);
        assertTrue(m.contains(expectedPart), "says '" + expectedPart + "': " + m);
    }

    private static void readEverything(Path file) {
        try (NetcdfReader r = NetcdfReader.open(file)) {
            for (String v : r.variableNames()) {
                r.read(v);
            }
        }
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nope.nc");
        assertOneLine(file, "no such file", () -> NetcdfReader.open(file));
        assertOneLine(file, "no such file", () -> FrameWriter.resume(file, 0));
    }

    @Test
    void emptyFileAndRandomBytes() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.nc"));
        assertOneLine(empty, "not a NetCDF file", () -> NetcdfReader.open(empty));
        Path random = dir.resolve("random.nc");
        byte[] bytes = new byte[5000];
        new Random(1).nextBytes(bytes);
        Files.write(random, bytes);
        assertOneLine(random, "not a NetCDF file", () -> NetcdfReader.open(random));
    }

    @Test
    void netcdf3MagicFollowedByGarbage() throws IOException {
        Path file = dir.resolve("garbage.nc");
        byte[] bytes = new byte[3000];
        new Random(2).nextBytes(bytes);
        System.arraycopy(new byte[] {'C', 'D', 'F', 2}, 0, bytes, 0, 4);
        Files.write(file, bytes);
        assertOneLine(file, "NetCDF-3", () -> readEverything(file));
        assertOneLine(file, "NetCDF-3", () -> FrameWriter.resume(file, 0));
    }

    @Test
    void truncatedNetcdf3InTheRecordsOrTheHeader() throws IOException {
        Path file = validFile("trunc.nc", NetcdfFormat.NC3, 5);
        byte[] full = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(full, full.length - 100));
        assertOneLine(file, "truncated", () -> NetcdfReader.open(file));
        assertOneLine(file, "truncated", () -> FrameWriter.resume(file, 5));
        Files.write(file, java.util.Arrays.copyOf(full, 200));
        assertOneLine(file, "truncated", () -> NetcdfReader.open(file));
    }

    @Test
    void truncatedNetcdf4() throws IOException {
        assumeTrue(NetcdfFormat.nc4Available(), "libnetcdf not installed");
        Path file = validFile("trunc4.nc", NetcdfFormat.NC4, 5);
        byte[] full = Files.readAllBytes(file);
        for (int keep : new int[] {full.length / 2, 600, 9}) {
            Files.write(file, java.util.Arrays.copyOf(full, keep));
            assertOneLine(file, "", () -> readEverything(file));
        }
    }

    @Test
    void corruptedBytesInsideNetcdf4() throws IOException {
        assumeTrue(NetcdfFormat.nc4Available(), "libnetcdf not installed");
        Path file = validFile("flipped4.nc", NetcdfFormat.NC4, 5);
        byte[] full = Files.readAllBytes(file);
        Random random = new Random(3);
        for (int i = 200; i < 1200; i++) {
            full[i] = (byte) random.nextInt();
        }
        Files.write(file, full);
        assertOneLine(file, "", () -> readEverything(file));
    }

    @Test
    void missingVariableAndDimension() {
        Path file = validFile("ok.nc", NetcdfFormat.NC3, 2);
        try (NetcdfReader r = NetcdfReader.open(file)) {
            assertOneLine(file, "no variable 'velocity'", () -> r.read("velocity"));
            assertOneLine(file, "no variable 'velocity'", () -> r.info("velocity"));
            assertOneLine(file, "no dimension z", () -> r.readIndex("vorticity", "z", 0));
            assertOneLine(file, "out of range", () -> r.readIndex("vorticity", "time", 2));
        }
    }

    @Test
    void wrongShape() {
        Path file = validFile("shape.nc", NetcdfFormat.NC3, 2);
        try (NetcdfReader r = NetcdfReader.open(file)) {
            assertOneLine(file, "expected (y=64, x=64)", () -> r.readExpecting("bottom", List.of("y", "x"), 64, 64));
            assertOneLine(file, "has shape (time=2, y=4, x=6)",
                    () -> r.readExpecting("vorticity", List.of("y", "x"), 4, 6));
            assertTrue(r.readExpecting("vorticity", List.of("time", "y", "x"), -1, 4, 6).size() == 2 * 4 * 6);
        }
    }

    @Test
    void resumeBeyondTheFramesInTheFile() {
        Path file = validFile("short.nc", NetcdfFormat.NC3, 3);
        assertOneLine(file, "cannot keep 4", () -> FrameWriter.resume(file, 4));
    }
}
