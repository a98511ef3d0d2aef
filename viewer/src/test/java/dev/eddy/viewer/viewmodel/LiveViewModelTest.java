package dev.eddy.viewer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.viewer.service.RecentFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveViewModelTest {
    @TempDir
    Path dir;

    @Test
    void runsInTheBackgroundUntilStopped() throws Exception {
        ViewerContext context = new ViewerContext(ViewerContext.Workers.daemonThreads(), Runnable::run,
                new RecentFiles(dir.resolve("recent")), new ManualTicker());
        LiveViewModel vm = new LiveViewModel(context);
        vm.gridProperty().set(32);
        vm.solverProperty().set("spectral");
        vm.start();
        assertTrue(vm.runningProperty().get());
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (vm.framesProperty().get() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        vm.stop();
        assertTrue(vm.framesProperty().get() >= 3, "frames: " + vm.framesProperty().get());
        assertEquals(32, vm.rasterProperty().get().width());
        assertTrue(vm.statusProperty().get().startsWith("spectral 32², Re = 1000: t = "), vm.statusProperty().get());
        assertFalse(vm.runningProperty().get());
        assertEquals("", vm.errorProperty().get());
    }

    @Test
    void invalidSettingsShowAMessage() {
        LiveViewModel vm = new LiveViewModel(SyncContext.in(dir, new ManualTicker()));
        vm.gridProperty().set(7);
        vm.start();
        assertTrue(vm.errorProperty().get().contains("live grid must be even"), vm.errorProperty().get());
        assertFalse(vm.runningProperty().get());
    }
}
