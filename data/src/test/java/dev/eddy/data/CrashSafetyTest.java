package dev.eddy.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Real crashes: a child JVM writes frames until it is killed with SIGKILL ({@link Process#destroyForcibly()}), then the
 * file is read and resumed.
 */
class CrashSafetyTest {
    private static final int KILL_AFTER = 5;
    private static final int LAST_FRAME = 3000;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(NetcdfFormat.class)
    void everyFlushedFrameSurvivesSigkill(NetcdfFormat format) throws Exception {
        assumeTrue(format == NetcdfFormat.NC3 || NetcdfFormat.nc4Available(), "libnetcdf not installed");
        Path file = dir.resolve("killed-" + format + ".nc");
        int reported = runAndKill(file, format, "create", 0, () -> {
            if (format == NetcdfFormat.NC3) {
                DataFileException e = assertThrows(DataFileException.class, () -> FrameWriter.resume(file, 0));
                assertTrue(e.getMessage().contains("being written by another process"), e.getMessage());
            }
        });

        try (NetcdfReader r = NetcdfReader.open(file)) {
            int frames = r.dimensions().get("time");
            assertTrue(frames >= reported, frames + " frames in the file, the child had flushed " + reported);
            assertTrue(frames < LAST_FRAME, "the child was killed before finishing");
            for (int n = 0; n < frames; n++) {
                assertEquals(n, r.read("time").get(n), 0.0);
                assertArrayEquals(FrameWritingChild.field(n), r.readIndex("field", "time", n).values(), 0.0,
                        "frame " + n);
            }
        }
    }

    @Test
    void killedRunResumedFromFrame4IsBitwiseIdenticalToAnUninterruptedRun() throws Exception {
        int total = 10;
        Path reference = dir.resolve("reference.nc");
        try (FrameWriter w = FrameWriter.create(reference, FrameWritingChild.schema(), NetcdfFormat.NC3)) {
            for (int n = 0; n < total; n++) {
                w.writeFrame(n, Map.of("field", FrameWritingChild.field(n)));
            }
        }
        Path file = dir.resolve("killed.nc");
        runAndKill(file, NetcdfFormat.NC3, "create", 0);
        byte[] headerBefore = header(file);

        try (FrameWriter w = FrameWriter.resume(file, 4)) {
            assertEquals(4, w.frameCount());
            for (int n = 4; n < total; n++) {
                w.writeFrame(n, Map.of("field", FrameWritingChild.field(n)));
            }
        }
        assertArrayEquals(headerBefore, header(file), "resume left the header bytes (except numrecs) alone");
        byte[] expected = Files.readAllBytes(reference);
        byte[] actual = Files.readAllBytes(file);
        assertEquals(-1, Arrays.mismatch(expected, actual), "first differing byte of the resumed file (lengths "
                + expected.length + ", " + actual.length + ")");
    }

    /** What a kill in the middle of frame 4 leaves: 4 counted frames, then part of a record. */
    @Test
    void tornFrameAfterFrame4IsDroppedAndTheResumedFileIsBitwiseIdentical() throws Exception {
        Path reference = dir.resolve("reference.nc");
        Path torn = dir.resolve("torn.nc");
        for (Path p : List.of(reference, torn)) {
            try (FrameWriter w = FrameWriter.create(p, FrameWritingChild.schema(), NetcdfFormat.NC3)) {
                for (int n = 0; n < (p == torn ? 4 : 10); n++) {
                    w.writeFrame(n, Map.of("field", FrameWritingChild.field(n)));
                }
            }
        }
        byte[] garbage = new byte[12345];
        new java.util.Random(5).nextBytes(garbage);
        Files.write(torn, garbage, java.nio.file.StandardOpenOption.APPEND);
        try (NetcdfReader r = NetcdfReader.open(torn)) {
            assertEquals(4, r.dimensions().get("time"), "the torn frame is not counted");
        }
        byte[] headerBefore = header(torn);
        try (FrameWriter w = FrameWriter.resume(torn, 4)) {
            for (int n = 4; n < 10; n++) {
                w.writeFrame(n, Map.of("field", FrameWritingChild.field(n)));
            }
        }
        assertArrayEquals(headerBefore, header(torn));
        assertEquals(-1, Arrays.mismatch(Files.readAllBytes(reference), Files.readAllBytes(torn)));
    }

    @Test
    void aResumedRunCanItselfBeKilledAndResumed() throws Exception {
        Path file = dir.resolve("twice.nc");
        runAndKill(file, NetcdfFormat.NC3, "create", 0);
        int second = runAndKill(file, NetcdfFormat.NC3, "resume", 2);
        try (NetcdfReader r = NetcdfReader.open(file)) {
            int frames = r.dimensions().get("time");
            assertTrue(frames >= second);
            for (int n = 0; n < frames; n++) {
                assertArrayEquals(FrameWritingChild.field(n), r.readIndex("field", "time", n).values(), 0.0);
            }
        }
    }

    /** Header bytes with numrecs blanked. */
    private static byte[] header(Path file) throws IOException {
        try (var ch = java.nio.channels.FileChannel.open(file)) {
            Nc3Header h = Nc3Header.read(ch, file);
            byte[] bytes = Arrays.copyOf(Files.readAllBytes(file), (int) h.headerLength);
            Arrays.fill(bytes, Nc3Header.NUMRECS_OFFSET, Nc3Header.NUMRECS_OFFSET + 4, (byte) 0);
            return bytes;
        }
    }

    /** Starts the child, waits until it reports {@link #KILL_AFTER} more frames, kills it; returns frames reported. */
    private int runAndKill(Path file, NetcdfFormat format, String mode, int keep) throws Exception {
        return runAndKill(file, format, mode, keep, () -> { });
    }

    private int runAndKill(Path file, NetcdfFormat format, String mode, int keep, Runnable whileRunning)
            throws Exception {
        Path progress = dir.resolve(file.getFileName() + ".progress");
        Files.deleteIfExists(progress);
        Process child = ChildJvm.start(FrameWritingChild.class, List.of(), List.of(file.toString(), format.name(),
                mode, Integer.toString(keep), Integer.toString(LAST_FRAME), progress.toString()),
                dir.resolve(file.getFileName() + ".log"));
        int target = keep + KILL_AFTER;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        int reported = 0;
        try {
            while (reported < target) {
                assertTrue(System.nanoTime() < deadline, "child made no progress: " + log(file));
                assertTrue(child.isAlive() || progressOf(progress) >= target, "child died: " + log(file));
                reported = progressOf(progress);
                Thread.onSpinWait();
            }
            whileRunning.run();
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertFalse(child.isAlive());
        assertEquals(137, child.exitValue(), "killed by SIGKILL");
        return reported;
    }

    private static int progressOf(Path progress) {
        try {
            String s = Files.readString(progress).strip();
            return s.isEmpty() ? 0 : Integer.parseInt(s);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    private String log(Path file) throws IOException {
        Path log = dir.resolve(file.getFileName() + ".log");
        return Files.exists(log) ? Files.readString(log).replace('\n', ' ') : "";
    }
}
