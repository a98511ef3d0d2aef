package dev.eddy.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {
    @TempDir
    Path dir;

    private Path sample() {
        Path file = dir.resolve("run.ckpt");
        Map<String, double[]> arrays = new LinkedHashMap<>();
        arrays.put("vorticity", new double[] {1.5, -2.25, Double.NaN, Double.MIN_VALUE, -0.0});
        arrays.put("empty", new double[0]);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("time", "12.5");
        meta.put("frames", "4");
        meta.put("note", "ünïcödé\nsecond line");
        Checkpoint.write(file, arrays, meta);
        return file;
    }

    @Test
    void roundTripIsExact() {
        Checkpoint c = Checkpoint.read(sample());
        double[] w = c.array("vorticity");
        assertEquals(5, w.length);
        for (int i = 0; i < w.length; i++) {
            assertEquals(Double.doubleToRawLongBits(new double[] {1.5, -2.25, Double.NaN, Double.MIN_VALUE, -0.0}[i]),
                    Double.doubleToRawLongBits(w[i]));
        }
        assertArrayEquals(new double[0], c.array("empty"));
        assertEquals("12.5", c.meta("time"));
        assertEquals("ünïcödé\nsecond line", c.meta("note"));
        assertEquals(List.of("vorticity", "empty"), List.copyOf(c.arrayNames()));
        assertEquals(List.of("time", "frames", "note"), List.copyOf(c.metadata().keySet()));
    }

    @Test
    void missingNamesAreOneLineErrors() {
        Checkpoint c = Checkpoint.read(sample());
        assertTrue(assertThrows(DataFileException.class, () -> c.array("u")).getMessage().contains("no array 'u'"));
        assertTrue(assertThrows(DataFileException.class, () -> c.meta("seed")).getMessage().contains("'seed'"));
    }

    @Test
    void everyTruncationIsDetected() throws IOException {
        Path file = sample();
        byte[] full = Files.readAllBytes(file);
        for (int len = 0; len < full.length; len++) {
            Files.write(file, java.util.Arrays.copyOf(full, len));
            DataFileException e = assertThrows(DataFileException.class, () -> Checkpoint.read(file), "length " + len);
            assertFalse(e.getMessage().contains("\n"));
        }
    }

    @Test
    void everySingleBitFlipIsDetected() throws IOException {
        Path file = sample();
        byte[] full = Files.readAllBytes(file);
        for (int i = 0; i < full.length; i++) {
            for (int bit = 0; bit < 8; bit += 3) {
                byte[] bad = full.clone();
                bad[i] ^= (byte) (1 << bit);
                Files.write(file, bad);
                assertThrows(DataFileException.class, () -> Checkpoint.read(file), "byte " + i + " bit " + bit);
            }
        }
    }

    @Test
    void unknownFormatVersionIsNamed() throws IOException {
        Path file = sample();
        byte[] bytes = Files.readAllBytes(file);
        bytes[11] = 9;
        Files.write(file, bytes);
        assertTrue(assertThrows(DataFileException.class, () -> Checkpoint.read(file)).getMessage()
                .contains("format version 9"));
    }

    @Test
    void aFailedWriteLeavesTheOldCheckpointAndNoTemporaryFiles() throws IOException {
        Path file = sample();
        byte[] before = Files.readAllBytes(file);
        Map<String, double[]> arrays = new LinkedHashMap<>();
        arrays.put("bad", null);
        assertThrows(DataFileException.class, () -> Checkpoint.write(file, arrays, Map.of()));
        assertArrayEquals(before, Files.readAllBytes(file));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(file), s.toList());
        }
    }
}
