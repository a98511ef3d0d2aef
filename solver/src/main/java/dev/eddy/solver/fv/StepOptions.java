package dev.eddy.solver.fv;

/**
 * How a step runs (not what it computes, apart from the documented {@link StatePrecision}).
 *
 * @param threads worker threads for the row loops and FFTs (≥ 1; results do not depend on it)
 * @param precision state precision between steps
 */
public record StepOptions(int threads, StatePrecision precision) {

    /** Grids with fewer cells than this run on one thread by default: hand-off costs more than the loops save. */
    public static final int PARALLEL_MIN_CELLS = 128 * 128;

    public StepOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be ≥ 1, got " + threads);
        }
        if (precision == null) {
            throw new NullPointerException("precision is required");
        }
    }

    /** Double precision on one thread. */
    public static StepOptions sequential() {
        return new StepOptions(1, StatePrecision.DOUBLE);
    }

    /** Double precision, all available processors for grids of at least {@link #PARALLEL_MIN_CELLS} cells, else one. */
    public static StepOptions automatic(int cells) {
        int threads = cells >= PARALLEL_MIN_CELLS ? Runtime.getRuntime().availableProcessors() : 1;
        return new StepOptions(threads, StatePrecision.DOUBLE);
    }

    public StepOptions withThreads(int n) {
        return new StepOptions(n, precision);
    }

    public StepOptions withPrecision(StatePrecision p) {
        return new StepOptions(threads, p);
    }
}
