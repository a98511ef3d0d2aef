package dev.eddy.viewer.viewmodel;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs submitted tasks on a worker, but only the latest one that is still waiting: while the worker is busy, a newer
 * submission replaces an older pending one. Scrubbing a time slider therefore renders the frame the user stopped
 * at, not every frame passed on the way. The worker must run tasks one at a time (a single thread).
 */
public final class LatestOnlyExecutor {
    private final Executor worker;
    private final AtomicReference<Runnable> pending = new AtomicReference<>();

    public LatestOnlyExecutor(Executor worker) {
        this.worker = worker;
    }

    public void submit(Runnable task) {
        if (pending.getAndSet(task) == null) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        Runnable task;
        while ((task = pending.getAndSet(null)) != null) {
            task.run();
        }
    }
}
