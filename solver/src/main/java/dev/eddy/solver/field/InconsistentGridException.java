package dev.eddy.solver.field;

import dev.eddy.solver.grid.Grid;

/** Two fields combined in one operation live on different grids. */
public final class InconsistentGridException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InconsistentGridException(Grid expected, Grid actual) {
        super("fields live on different grids: " + expected + " vs " + actual);
    }
}
