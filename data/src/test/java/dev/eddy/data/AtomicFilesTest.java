package dev.eddy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void replacesTheTargetWithTheCompleteContent() throws IOException {
        Path target = dir.resolve("sub/out.txt");
        AtomicFiles.writeAtomically(target, temp -> Files.writeString(temp, "first"));
        AtomicFiles.writeAtomically(target, temp -> {
            assertEquals(target.getParent(), temp.getParent(), "temporary file is a sibling");
            assertEquals("first", Files.readString(target), "target untouched while the new content is written");
            Files.writeString(temp, "second");
        });
        assertEquals("second", Files.readString(target));
        assertEquals(List.of(target), list(target.getParent()));
    }

    @Test
    void aFailingWriterLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old");
        DataFileException e = assertThrows(DataFileException.class, () -> AtomicFiles.writeAtomically(target, temp -> {
            Files.writeString(temp, "partial");
            throw new IOException("disk full");
        }));
        assertTrue(e.getMessage().contains("disk full") && e.getMessage().contains(target.toString()), e.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), list(dir));
    }

    private static List<Path> list(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.toList();
        }
    }
}
