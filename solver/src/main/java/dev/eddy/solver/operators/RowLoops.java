package dev.eddy.solver.operators;

import dev.eddy.solver.fft.WorkerTeam;

/**
 * Runs a loop over the rows {@code j} of a grid, split into contiguous blocks among the members of a
 * {@link WorkerTeam} (a team of one runs it on the caller's thread). Each block writes only its own rows, so results
 * do not depend on the number of threads.
 */
public final class RowLoops {
    /** The body of a row loop: handles rows {@code [jStart, jEnd)}. */
    @FunctionalInterface
    public interface RowBlock {
        void run(int jStart, int jEnd);
    }

    private static final WorkerTeam SINGLE = WorkerTeam.single();

    private RowLoops() {}

    /** A team of one (runs on the caller's thread), for one-off operator calls. */
    public static WorkerTeam sequential() {
        return SINGLE;
    }

    /** Runs {@code body} over rows {@code [0, ny)} on {@code team}. */
    public static void forRows(WorkerTeam team, int ny, RowBlock body) {
        if (team.size() == 1) {
            body.run(0, ny);
            return;
        }
        team.run(w -> body.run(team.start(ny, w), team.start(ny, w + 1)));
    }
}
