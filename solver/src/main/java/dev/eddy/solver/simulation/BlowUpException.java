package dev.eddy.solver.simulation;

import java.util.Locale;

/** The state became non-finite or its Courant number far exceeded 1: the run stopped at {@code step}, time {@code time}. */
public final class BlowUpException extends RuntimeException {

    private final long step;
    private final double time;

    public BlowUpException(long step, double time, double courant) {
        super(String.format(Locale.ROOT, "simulation blew up at step %d (t = %.6g): %s; the last good frame is kept",
                step, time, Double.isNaN(courant) ? "non-finite values" : "Courant number " + String.format(Locale.ROOT, "%.3g", courant)),
                null, false, false);
        this.step = step;
        this.time = time;
    }

    public long step() {
        return step;
    }

    public double time() {
        return time;
    }
}
