package dev.eddy.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * A one-line progress bar with rate and ETA, redrawn in place on a terminal and silent otherwise (logs, CI, pipes).
 *
 * <p>Usage: {@code try (Progress p = Progress.start("simulate", totalUnits, quiet)) { ...; p.advanceTo(done); }}.
 * The ETA is {@code elapsed · (total − done) / done}, measured from the first call to {@code advanceTo} after
 * {@code start} so that start-up cost does not skew it. Redraws are throttled to 5 per second.
 */
public final class Progress implements AutoCloseable {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int BAR_WIDTH = 30;

    private final String label;
    private final double total;
    private final PrintStream out;
    private final boolean enabled;
    private final long startNanos;
    private double done;
    private double startDone = Double.NaN;
    private long startDoneNanos;
    private long lastDraw;
    private String suffix = "";

    private Progress(String label, double total, PrintStream out, boolean enabled) {
        this.label = label;
        this.total = total;
        this.out = out;
        this.enabled = enabled;
        this.startNanos = System.nanoTime();
    }

    /**
     * Starts a progress bar on stderr. It draws only when stderr is a terminal ({@link System#console()}) and
     * {@code quiet} is false.
     */
    public static Progress start(String label, double total, boolean quiet) {
        boolean terminal = System.console() != null && System.console().isTerminal();
        return new Progress(label, total, System.err, terminal && !quiet);
    }

    /** A progress bar that draws to {@code out} unconditionally (tests). */
    static Progress to(PrintStream out, String label, double total) {
        return new Progress(label, total, out, true);
    }

    /** Records that {@code units} of the total are done, and redraws if due. */
    public void advanceTo(double units) {
        long now = System.nanoTime();
        if (Double.isNaN(startDone)) {
            startDone = units;
            startDoneNanos = now;
        }
        done = units;
        if (enabled && (now - lastDraw >= REDRAW_NANOS || units >= total)) {
            lastDraw = now;
            draw(now);
        }
    }

    /** Sets a short status text shown after the bar (e.g. {@code "loss 1.2e-3"}). */
    public void status(String text) {
        suffix = text == null ? "" : text;
    }

    private void draw(long now) {
        double fraction = total > 0 ? Math.min(1, done / total) : 1;
        int filled = (int) Math.round(fraction * BAR_WIDTH);
        String bar = "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled);
        String eta = eta(now);
        out.printf(Locale.ROOT, "\r%s [%s] %5.1f%% %s %s", label, bar, 100 * fraction, eta, suffix);
        out.flush();
    }

    private String eta(long now) {
        double progressed = done - startDone;
        double elapsed = (now - startDoneNanos) / 1e9;
        if (progressed <= 0 || elapsed <= 0) {
            return "ETA --:--";
        }
        long seconds = Math.round(elapsed * (total - done) / progressed);
        return "ETA " + format(Duration.ofSeconds(Math.max(0, seconds)));
    }

    /** Formats a duration as {@code h:mm:ss} or {@code m:ss}. */
    static String format(Duration d) {
        long s = d.getSeconds();
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** Seconds since {@link #start}. */
    public double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    @Override
    public void close() {
        if (enabled) {
            draw(System.nanoTime());
            out.println();
        }
    }
}
