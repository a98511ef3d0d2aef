package dev.eddy.solver.operators;

import dev.eddy.solver.field.Field;
import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.grid.Offset;

/**
 * Lax–Wendroff face interpolation blended with first-order upwind by the Van Leer TVD limiter — the advected-value
 * interpolation of JAX-CFD's DNS configuration (tsm.md §2.3; {@code interpolation.apply_tvd_limiter(lax_wendroff,
 * van_leer_limiter)}).
 *
 * <p>For the face between {@code c_i} and {@code c_{i+1}} with signed face velocity {@code w} and Courant number
 * {@code Cr = Δt·w/Δ}:
 * <pre>
 *   high = c_i + ½(1 − Cr)(c_{i+1} − c_i)        if w &gt; 0     (Lax–Wendroff)
 *          c_{i+1} − ½(1 + Cr)(c_{i+1} − c_i)    otherwise
 *   low  = c_i if w &gt; 0, else c_{i+1}             (upwind)
 *   r⁺ = (c_i − c_{i−1}) / (c_{i+1} − c_i),   r⁻ = (c_{i+2} − c_{i+1}) / (c_{i+1} − c_i)
 *        (safe division: a zero denominator is replaced by 1)
 *   φ(r) = 2r/(1 + r) if r &gt; 0 else 0          (Van Leer), with r = r⁺ if w &gt; 0 else r⁻
 *   face = low − φ·(low − high)
 * </pre>
 * Evaluated with one division: for {@code r = p/q} with {@code q = c_{i+1} − c_i ≠ 0},
 * {@code φ(r)·½·q = p·q/(p + q)} when {@code p·q &gt; 0} and 0 otherwise, so
 * {@code face = c_i + (1 − Cr)·pq/(p + q)} (w &gt; 0) or {@code c_{i+1} − (1 + Cr)·pq/(p + q)}. A zero
 * denominator {@code q} makes the limited term vanish, exactly as the safe division (0 → 1) does, since it
 * multiplies {@code q}. The result equals the two-division form up to rounding.
 */
public final class TvdInterpolation {
    private TvdInterpolation() {}

    /**
     * The limited face value between {@code c0 = c_i} and {@code c1 = c_{i+1}}.
     *
     * @param cm1 {@code c_{i−1}}
     * @param c0 {@code c_i}
     * @param c1 {@code c_{i+1}}
     * @param c2 {@code c_{i+2}}
     * @param w advecting velocity at the face (its sign picks the upwind side)
     * @param courant {@code Δt·w/Δ}
     */
    public static double faceValue(double cm1, double c0, double c1, double c2, double w, double courant) {
        double jump = c1 - c0;
        if (w > 0) {
            double p = c0 - cm1;
            double pq = p * jump;
            return pq > 0 ? c0 + (1 - courant) * pq / (p + jump) : c0;
        }
        double p = c2 - c1;
        double pq = p * jump;
        return pq > 0 ? c1 - (1 + courant) * pq / (p + jump) : c1;
    }

    /** Van Leer limiter {@code φ(r) = (r + |r|)/(1 + |r|)}: {@code 2r/(1 + r)} for r &gt; 0, else 0. */
    public static double vanLeer(double r) {
        return r > 0 ? 2 * r / (1 + r) : 0;
    }

    /**
     * Interpolates {@code c} half a cell along one axis to {@code target}, using the advecting velocity
     * {@code w} that already sits at {@code target}.
     */
    public static Field to(Field c, Offset target, Field w, double dt) {
        c.requireSameGrid(w);
        w.requireOffset("advecting velocity", target);
        Shift s = Shift.between(c, target);
        Grid g = c.grid();
        int nx = g.nx();
        int ny = g.ny();
        double spacing = s.axis() == 0 ? g.dx() : g.dy();
        int base = s.up() ? 0 : -1;
        double[] src = c.data();
        double[] vel = w.data();
        Field out = Field.zeros(g, target);
        double[] dst = out.data();
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int k = j * nx + i;
                double wf = vel[k];
                dst[k] = faceValue(at(src, g, s.axis(), i, j, base - 1), at(src, g, s.axis(), i, j, base),
                        at(src, g, s.axis(), i, j, base + 1), at(src, g, s.axis(), i, j, base + 2),
                        wf, dt * wf / spacing);
            }
        }
        return out;
    }

    private static double at(double[] src, Grid g, int axis, int i, int j, int shift) {
        return axis == 0 ? src[g.index(i + shift, j)] : src[g.index(i, j + shift)];
    }
}
