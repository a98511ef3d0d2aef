package dev.eddy.stencil.step;

import static dev.eddy.stencil.step.PeriodicOps.X;
import static dev.eddy.stencil.step.PeriodicOps.Y;

import dev.eddy.stencil.model.StencilConstraint;
import org.nd4j.autodiff.samediff.SDIndex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Builds one finite-volume step of 2-D incompressible Navier–Stokes on the MAC grid as a SameDiff graph over a batch,
 * following JAX-CFD's {@code implicit_diffusion_navier_stokes} (tsm.md §2.3–2.5):
 * <pre>
 *   w*    = wⁿ + dt·(conv(wⁿ) + f − drag·wⁿ)        forward Euler, explicit forcing and drag
 *   w**   = w* − ∇_h L⁺ (∇_h· w*)                   projection (backward div, forward grad)
 *   wⁿ⁺¹  = (I − ν dt L)⁻¹ w**                        implicit diffusion
 *   conv(c) = −Σ_d [F_d(i) − F_d(i−1)]/Δ,   F_d = a_d · c_d   (advecting velocity × advected value at c's d-face)
 * </pre>
 * The state is {@code [B, 2, N, N]}: channel 0 = u at x-faces (offset (1, ½)), channel 1 = v at y-faces (½, 1),
 * axis 2 = y, axis 3 = x (row-major, x fastest, as eddy's files).
 *
 * <p>Face interpolations. Index m of {@link StencilConstraint} order: tag u (advecting velocity) m = 0..3 for
 * u→x-face, u→y-shift, v→x-shift, v→y-face; tag c (advected component) m = 4..7 likewise.
 * <ul>
 * <li>{@link #classicalStep}: advecting velocity by linear interpolation, advected value by Lax–Wendroff blended with
 * upwind by the Van Leer TVD limiter (the DNS scheme).</li>
 * <li>{@link #learnedStep}: all eight interpolations by 4×4 stencils with per-cell coefficients {@code [B, 128, N, N]};
 * optionally the learned c wrapped in the same TVD blend (c_high = learned, sign from the learned face velocity).
 * With bias coefficients (zero logits) this is linear interpolation throughout, TVD(upwind, linear) for c (the
 * published LI); with the optional Lax–Wendroff term it is exactly {@link #classicalStep}.</li>
 * </ul>
 */
public final class FvStepGraph {

    private final SameDiff sd;
    private final FlowParameters p;
    private final PeriodicOps periodic;
    private final SpectralSolves solves;
    private final VanLeerTvd tvd;
    private final SDVariable forcing;

    public FvStepGraph(SameDiff sd, FlowParameters p, DataType type) {
        this.sd = sd;
        this.p = p;
        this.periodic = new PeriodicOps(sd, p.n());
        this.solves = new SpectralSolves(sd, p, type);
        this.tvd = new VanLeerTvd(type);
        int n = p.n();
        double[] f = new double[2 * n * n];
        System.arraycopy(p.forcingU(), 0, f, 0, n * n);
        System.arraycopy(p.forcingV(), 0, f, n * n, n * n);
        this.forcing = sd.constant(Nd4j.create(f, new long[] {1, 2, n, n}).castTo(type));
    }

    public FlowParameters parameters() {
        return p;
    }

    /** The classical DNS step: linear advecting velocity, Lax–Wendroff + Van Leer TVD advected value. */
    public SDVariable classicalStep(SDVariable w) {
        SDVariable[] lines = lines(alongX(w), alongY(w));
        SDVariable linear = lines[1].add(lines[2]).mul(0.5);
        SDVariable advecting = swapMiddleChannels(linear);
        SDVariable high = linear.sub(courantTerm(lines, advecting));
        return advance(w, advecting.mul(tvd.blend(lines, advecting, high)));
    }

    /**
     * The learned step with per-cell stencil coefficients.
     *
     * @param coefficients {@code [B, 128, N, N]}: interpolation m uses channels {@code 16m .. 16m+15}, stencil
     *                     offset (ox, oy) ∈ {−1..2}² at channel {@code 16m + 4(ox+1) + (oy+1)}
     * @param tvdWrap      wrap the learned advected value in the Van Leer TVD blend
     * @param laxWendroff  add the Lax–Wendroff term {@code −½·Cr·(c_{i+1} − c_i)} (Courant number of the learned face
     *                     velocity) to the learned advected value, so that bias stencils with the TVD wrap reproduce
     *                     {@link #classicalStep} exactly; off in the published model
     */
    public SDVariable learnedStep(SDVariable w, SDVariable coefficients, boolean tvdWrap, boolean laxWendroff) {
        int n = p.n();
        SDVariable padded = periodic.pad(periodic.pad(w, Y, 1, 2), X, 1, 2);
        SDVariable[] windows = new SDVariable[16];
        for (int ox = -1; ox <= 2; ox++) {
            for (int oy = -1; oy <= 2; oy++) {
                windows[StencilConstraint.index(ox, oy)] =
                        PeriodicOps.window(padded, oy + 1, oy + 1 + n, ox + 1, ox + 1 + n);
            }
        }
        SDVariable stacked = sd.stack(2, windows);
        SDVariable uStencil = component(stacked, 0);
        SDVariable vStencil = component(stacked, 1);
        SDVariable perInterpolation = sd.concat(1, uStencil, uStencil, vStencil, vStencil,
                uStencil, uStencil, vStencil, vStencil);
        SDVariable interpolated = sd.sum(sd.reshape(coefficients, -1, 8, 16, n, n).mul(perInterpolation), 2);
        SDVariable advecting = PeriodicOps.slice(interpolated, 1, 0, 4);
        SDVariable advected = swapMiddleChannels(PeriodicOps.slice(interpolated, 1, 4, 8));
        if (tvdWrap || laxWendroff) {
            SDVariable[] x = new SDVariable[4];
            SDVariable[] y = new SDVariable[4];
            for (int o = -1; o <= 2; o++) {
                x[o + 1] = windows[StencilConstraint.index(o, 0)];
                y[o + 1] = windows[StencilConstraint.index(0, o)];
            }
            SDVariable[] lines = lines(x, y);
            if (laxWendroff) {
                advected = advected.sub(courantTerm(lines, advecting));
            }
            if (tvdWrap) {
                advected = tvd.blend(lines, advecting, advected);
            }
        }
        return advance(w, advecting.mul(advected));
    }

    /**
     * One explicit step, projection and diffusion, from the fluxes {@code [B, 4, N, N]} in channel order
     * (u through its x-face, v through its x-face, u through its y-face, v through its y-face).
     */
    private SDVariable advance(SDVariable w, SDVariable fluxes) {
        double h = p.spacing();
        SDVariable conv = backwardDifference(PeriodicOps.slice(fluxes, 1, 0, 2), X)
                .add(backwardDifference(PeriodicOps.slice(fluxes, 1, 2, 4), Y)).mul(-1.0 / h);
        SDVariable explicit = conv.add(forcing).sub(w.mul(p.drag()));
        SDVariable star = w.add(explicit.mul(p.dt()));
        return solves.diffuse(project(star));
    }

    private SDVariable project(SDVariable w) {
        double h = p.spacing();
        SDVariable u = channel(w, 0);
        SDVariable v = channel(w, 1);
        SDVariable divergence = backwardDifference(u, X).add(backwardDifference(v, Y)).mul(1.0 / h);
        SDVariable q = solves.poisson(divergence);
        SDVariable gradX = periodic.shift(q, X, 1).sub(q).mul(1.0 / h);
        SDVariable gradY = periodic.shift(q, Y, 1).sub(q).mul(1.0 / h);
        return sd.concat(1, u.sub(gradX), v.sub(gradY));
    }

    private SDVariable backwardDifference(SDVariable a, int axis) {
        return a.sub(periodic.shift(a, axis, -1));
    }

    /** The four neighbours c_{i−1} .. c_{i+2} of (u, v) along x, from one padded copy: each {@code [B, 2, N, N]}. */
    private SDVariable[] alongX(SDVariable w) {
        return periodic.fourNeighbours(w, X);
    }

    private SDVariable[] alongY(SDVariable w) {
        return periodic.fourNeighbours(w, Y);
    }

    /** Neighbour lines in flux order (u along x, v along x, u along y, v along y), each {@code [B, 4, N, N]}. */
    private SDVariable[] lines(SDVariable[] x, SDVariable[] y) {
        SDVariable[] out = new SDVariable[4];
        for (int o = 0; o < 4; o++) {
            out[o] = sd.concat(1, x[o], y[o]);
        }
        return out;
    }

    /**
     * Channels (0, 1, 2, 3) → (0, 2, 1, 3). Applied to linear interpolations of the lines (u→x, v→x, u→y, v→y) it
     * gives the advecting velocities in flux order: u's x-face ½(u_i + u_{i+1}), v's x-face ½(u_j + u_{j+1}),
     * u's y-face ½(v_i + v_{i+1}), v's y-face ½(v_j + v_{j+1}); applied to the tag-c interpolations m = 4..7
     * (u→x, u→y, v→x, v→y) it gives the advected values in flux order.
     */
    private SDVariable swapMiddleChannels(SDVariable a) {
        return sd.concat(1, PeriodicOps.slice(a, 1, 0, 1), PeriodicOps.slice(a, 1, 2, 3), PeriodicOps.slice(a, 1, 1, 2),
                PeriodicOps.slice(a, 1, 3, 4));
    }

    /** ½·Cr·(c_{i+1} − c_i) with Cr = dt·a/Δ. */
    private SDVariable courantTerm(SDVariable[] c, SDVariable a) {
        return a.mul(0.5 * p.dt() / p.spacing()).mul(c[2].sub(c[1]));
    }

    /** Component c of the stacked windows {@code [B, 2, 16, N, N]}, as {@code [B, 1, 16, N, N]}. */
    private static SDVariable component(SDVariable stacked, int c) {
        return stacked.get(SDIndex.all(), SDIndex.interval(c, c + 1), SDIndex.all(), SDIndex.all(), SDIndex.all());
    }

    private static SDVariable channel(SDVariable w, int c) {
        return PeriodicOps.slice(w, 1, c, c + 1);
    }
}
