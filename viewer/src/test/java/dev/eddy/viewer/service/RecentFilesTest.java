package dev.eddy.viewer.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {
    @TempDir
    Path dir;

    @Test
    void keepsNewestFirstWithoutDuplicatesAndPersists() {
        RecentFiles recent = new RecentFiles(dir.resolve("config/eddy/recent"));
        assertEquals(List.of(), recent.load());
        recent.add(dir.resolve("a.nc"));
        recent.add(dir.resolve("b.nc"));
        List<Path> list = recent.add(dir.resolve("a.nc"));
        assertEquals(List.of(dir.resolve("a.nc"), dir.resolve("b.nc")), list);
        assertEquals(list, new RecentFiles(recent.store()).load(), "read back from disk");
    }

    @Test
    void keepsAtMostTheLimit() {
        RecentFiles recent = new RecentFiles(dir.resolve("recent"));
        for (int i = 0; i < RecentFiles.LIMIT + 5; i++) {
            recent.add(dir.resolve("f" + i + ".nc"));
        }
        List<Path> list = recent.load();
        assertEquals(RecentFiles.LIMIT, list.size());
        assertEquals(dir.resolve("f" + (RecentFiles.LIMIT + 4) + ".nc"), list.getFirst());
    }
}
