package dev.eddy.solver.field;

import dev.eddy.solver.grid.Offset;

/** A field sits at a different place in the cell than the operation requires. */
public final class InconsistentOffsetException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InconsistentOffsetException(String what, Offset expected, Offset actual) {
        super(what + " must be at " + expected + " " + coords(expected) + ", got " + actual + " " + coords(actual));
    }

    private static String coords(Offset o) {
        return "(" + o.x() + ", " + o.y() + ")";
    }
}
