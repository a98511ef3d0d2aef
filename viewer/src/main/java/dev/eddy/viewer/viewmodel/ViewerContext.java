package dev.eddy.viewer.viewmodel;

import dev.eddy.viewer.service.RecentFiles;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * What the view-models need from the outside world, so that they run without JavaFX in tests.
 *
 * @param workers makes the background executor of each view-model (file reads, rendering, diagnostics)
 * @param ui      runs property updates on the UI thread ({@code Platform::runLater} in the app)
 * @param recent  the recent-files list
 * @param ticker  drives playback
 */
public record ViewerContext(Workers workers, Executor ui, RecentFiles recent, Ticker ticker) {

    /** Makes one background executor per job; each must run its tasks one at a time. */
    @FunctionalInterface
    public interface Workers {
        Executor worker(String name);

        /** Daemon single-thread executors, so a slow job (diagnostics) never blocks another (rendering). */
        static Workers daemonThreads() {
            return name -> Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "eddy-viewer-" + name);
                t.setDaemon(true);
                return t;
            });
        }
    }

    /** Starts and stops a periodic callback on the UI thread. */
    public interface Ticker {
        /** Calls {@code tick} {@code perSecond} times a second until {@link #stop}; a new start replaces the old one. */
        void start(double perSecond, Runnable tick);

        void stop();
    }
}
