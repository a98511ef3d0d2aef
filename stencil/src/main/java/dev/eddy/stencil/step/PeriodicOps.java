package dev.eddy.stencil.step;

import org.nd4j.autodiff.samediff.SDIndex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * Periodic index arithmetic on rank-4 fields {@code [B, C, y, x]} by slicing and concatenation (differentiable in
 * SameDiff; {@code roll} and multi-index {@code gather} have no gradient, java-stack.md §1).
 *
 * <p>Keep chains shallow: shift or pad the original array, never a shifted copy (samediff-fv.md §4, hazard H1).
 */
public final class PeriodicOps {

    /** Axis of y in a {@code [B, C, y, x]} field. */
    public static final int Y = 2;
    /** Axis of x in a {@code [B, C, y, x]} field. */
    public static final int X = 3;

    private final SameDiff sd;
    private final int n;

    public PeriodicOps(SameDiff sd, int n) {
        this.sd = sd;
        this.n = n;
    }

    /** {@code out[..., k, ...] = a[..., (k + s) mod N, ...]} along {@code axis}. */
    public SDVariable shift(SDVariable a, int axis, int s) {
        int k = Math.floorMod(s, n);
        if (k == 0) {
            return a;
        }
        return sd.concat(axis, slice(a, axis, k, n), slice(a, axis, 0, k));
    }

    /** Periodic padding by {@code before} and {@code after} cells along {@code axis}. */
    public SDVariable pad(SDVariable a, int axis, int before, int after) {
        if (before > n || after > n) {
            throw new IllegalArgumentException("padding wider than the grid");
        }
        SDVariable lo = slice(a, axis, n - before, n);
        SDVariable hi = slice(a, axis, 0, after);
        if (before == 0) {
            return sd.concat(axis, a, hi);
        }
        return after == 0 ? sd.concat(axis, lo, a) : sd.concat(axis, lo, a, hi);
    }

    /** Elements {@code [from, to)} along {@code axis} of a rank-4 array. */
    public static SDVariable slice(SDVariable a, int axis, long from, long to) {
        SDIndex[] idx = {SDIndex.all(), SDIndex.all(), SDIndex.all(), SDIndex.all()};
        idx[axis] = SDIndex.interval(from, to);
        return a.get(idx);
    }

    /** Elements {@code [from, to)} along y and {@code [xFrom, xTo)} along x of a rank-4 array. */
    public static SDVariable window(SDVariable a, long yFrom, long yTo, long xFrom, long xTo) {
        return a.get(SDIndex.all(), SDIndex.all(), SDIndex.interval(yFrom, yTo), SDIndex.interval(xFrom, xTo));
    }

    /**
     * The four neighbours {@code a[k−1], a[k], a[k+1], a[k+2]} along {@code axis}, from one padded copy.
     */
    public SDVariable[] fourNeighbours(SDVariable a, int axis) {
        SDVariable p = pad(a, axis, 1, 2);
        SDVariable[] out = new SDVariable[4];
        for (int o = 0; o < 4; o++) {
            out[o] = slice(p, axis, o, o + n);
        }
        return out;
    }
}
