package dev.eddy.solver.grid;

/**
 * Where a quantity lives inside a grid cell, in cell units along x and y (JAX-CFD convention, tsm.md §2.1).
 *
 * <pre>
 *   (0,1)──────── v (½,1) ──────── ω (1,1)
 *     │                              │
 *     │          p (½,½)             u (1,½)
 *     │                              │
 *   (0,0) ───────────────────────── (1,0)
 * </pre>
 *
 * A value of cell {@code (i, j)} at offset {@code (ox, oy)} sits at {@code ((i + ox)·dx, (j + oy)·dy)}.
 */
public enum Offset {
    /** Cell centre (½, ½): pressure, divergence, scalars. */
    CENTER(0.5, 0.5),
    /** x-face (1, ½): the MAC {@code u} component. */
    X_FACE(1.0, 0.5),
    /** y-face (½, 1): the MAC {@code v} component. */
    Y_FACE(0.5, 1.0),
    /** Cell corner (1, 1): the MAC vorticity. */
    CORNER(1.0, 1.0),
    /** Collocation node (0, 0): pseudo-spectral fields, {@code x_i = i·L/N}. */
    NODE(0.0, 0.0);

    private final double x;
    private final double y;

    Offset(double x, double y) {
        this.x = x;
        this.y = y;
    }

    /** Offset along x in cell units. */
    public double x() {
        return x;
    }

    /** Offset along y in cell units. */
    public double y() {
        return y;
    }

    /** The offset along axis 0 (x) or 1 (y). */
    public double along(int axis) {
        return switch (axis) {
            case 0 -> x;
            case 1 -> y;
            default -> throw new IllegalArgumentException("axis must be 0 (x) or 1 (y), got " + axis);
        };
    }

    /** The named offset at {@code (x, y)}, or an exception naming the pair when there is none. */
    public static Offset of(double x, double y) {
        for (Offset o : values()) {
            if (o.x == x && o.y == y) {
                return o;
            }
        }
        throw new IllegalArgumentException("no named offset at (" + x + ", " + y + ")");
    }
}
