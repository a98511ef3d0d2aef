package dev.eddy.solver.fft;

import java.util.concurrent.Phaser;
import java.util.function.IntConsumer;

/**
 * A fixed team of threads that runs one task on every member at once and waits for all of them: a minimal
 * "parallel for" for the transforms and the solver loops that allocates nothing per task (the JDK's {@link Phaser} may,
 * when a thread has to park).
 *
 * <p>{@link #run(IntConsumer)} calls {@code task.accept(w)} for every member {@code w = 0 … size()−1} concurrently
 * (member 0 is the calling thread) and returns when all have finished; an exception thrown by any member is rethrown
 * to the caller. Splitting the work is the task's job; {@link #start(int, int)} gives even contiguous ranges.
 *
 * <p>Threading: a team is driven by one thread at a time; {@code run} is not reentrant. A team of size 1 starts no
 * thread and simply calls the task. Close the team to stop its (daemon) threads.
 */
public final class WorkerTeam implements AutoCloseable {

    private final int size;
    private final Phaser start;
    private final Phaser done;
    private final Thread[] workers;
    private volatile IntConsumer task;
    private volatile Throwable failure;
    private volatile boolean closed;
    private boolean running;

    private WorkerTeam(int size) {
        this.size = size;
        this.start = new Phaser(size);
        this.done = new Phaser(size);
        this.workers = new Thread[size - 1];
        for (int w = 1; w < size; w++) {
            int member = w;
            Thread thread = new Thread(() -> loop(member), "eddy-worker-" + w);
            thread.setDaemon(true);
            workers[w - 1] = thread;
            thread.start();
        }
    }

    /** A team of {@code threads} members (≥ 1); {@code threads − 1} threads are started. */
    public static WorkerTeam of(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a worker team needs at least 1 thread, got " + threads);
        }
        return new WorkerTeam(threads);
    }

    /** A team of one: runs every task on the calling thread. */
    public static WorkerTeam single() {
        return new WorkerTeam(1);
    }

    /** Number of members, the calling thread included. */
    public int size() {
        return size;
    }

    /** Start of member {@code w}'s share of {@code n} items split into {@code size()} contiguous ranges; the range ends at {@code start(n, w + 1)}. */
    public int start(int n, int w) {
        return (int) ((long) n * w / size);
    }

    /** Runs {@code task} on every member concurrently and waits for all of them. */
    public void run(IntConsumer task) {
        if (closed) {
            throw new IllegalStateException("worker team is closed");
        }
        if (size == 1) {
            task.accept(0);
            return;
        }
        if (running) {
            throw new IllegalStateException("worker team is already running a task (run is not reentrant)");
        }
        running = true;
        try {
            this.failure = null;
            this.task = task;
            start.arriveAndAwaitAdvance();
            try {
                task.accept(0);
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            done.arriveAndAwaitAdvance();
            this.task = null;
            Throwable f = failure;
            if (f instanceof RuntimeException re) {
                throw re;
            }
            if (f instanceof Error err) {
                throw err;
            }
        } finally {
            running = false;
        }
    }

    private void loop(int member) {
        while (true) {
            start.arriveAndAwaitAdvance();
            if (closed) {
                return;
            }
            try {
                task.accept(member);
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            done.arriveAndAwaitAdvance();
        }
    }

    /** Stops the team's threads. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (size > 1) {
            start.arriveAndAwaitAdvance();
        }
    }

    @Override
    public String toString() {
        return "WorkerTeam[" + size + " threads]";
    }
}
