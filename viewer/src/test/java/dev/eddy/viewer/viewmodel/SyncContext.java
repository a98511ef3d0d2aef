package dev.eddy.viewer.viewmodel;

import dev.eddy.viewer.service.RecentFiles;
import java.nio.file.Path;

/** A context that runs everything at once on the calling thread: view-model tests need no JavaFX toolkit. */
final class SyncContext {
    private SyncContext() {
    }

    static ViewerContext in(Path dir, ManualTicker ticker) {
        return new ViewerContext(name -> Runnable::run, Runnable::run, new RecentFiles(dir.resolve("recent")), ticker);
    }
}
