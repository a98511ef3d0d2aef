package dev.eddy.stencil.step;

import static dev.eddy.stencil.step.PeriodicOps.X;
import static dev.eddy.stencil.step.PeriodicOps.Y;

import dev.eddy.stencil.model.StencilConstraint;
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
        SDVariable u = channel(w, 0);
        SDVariable v = channel(w, 1);
        SDVariable[] uAlongX = periodic.fourNeighbours(u, X);
        SDVariable[] uAlongY = periodic.fourNeighbours(u, Y);
        SDVariable[] vAlongX = periodic.fourNeighbours(v, X);
        SDVariable[] vAlongY = periodic.fourNeighbours(v, Y);
        SDVariable aUx = linear(uAlongX);
        SDVariable aUy = linear(vAlongX);
        SDVariable aVx = linear(uAlongY);
        SDVariable aVy = linear(vAlongY);
        SDVariable fUx = aUx.mul(tvd.blend(uAlongX, aUx, laxWendroff(uAlongX, aUx)));
        SDVariable fUy = aUy.mul(tvd.blend(uAlongY, aUy, laxWendroff(uAlongY, aUy)));
        SDVariable fVx = aVx.mul(tvd.blend(vAlongX, aVx, laxWendroff(vAlongX, aVx)));
        SDVariable fVy = aVy.mul(tvd.blend(vAlongY, aVy, laxWendroff(vAlongY, aVy)));
        return advance(w, fUx, fUy, fVx, fVy);
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
        SDVariable[] u = stencilWindows(channel(w, 0));
        SDVariable[] v = stencilWindows(channel(w, 1));
        SDVariable uStencil = sd.concat(1, u);
        SDVariable vStencil = sd.concat(1, v);
        SDVariable aUx = apply(coefficients, 0, uStencil);
        SDVariable aVx = apply(coefficients, 1, uStencil);
        SDVariable aUy = apply(coefficients, 2, vStencil);
        SDVariable aVy = apply(coefficients, 3, vStencil);
        SDVariable cUx = apply(coefficients, 4, uStencil);
        SDVariable cUy = apply(coefficients, 5, uStencil);
        SDVariable cVx = apply(coefficients, 6, vStencil);
        SDVariable cVy = apply(coefficients, 7, vStencil);
        if (tvdWrap || laxWendroff) {
            SDVariable[] uAlongX = line(u, true);
            SDVariable[] uAlongY = line(u, false);
            SDVariable[] vAlongX = line(v, true);
            SDVariable[] vAlongY = line(v, false);
            if (laxWendroff) {
                cUx = cUx.sub(courantTerm(uAlongX, aUx));
                cUy = cUy.sub(courantTerm(uAlongY, aUy));
                cVx = cVx.sub(courantTerm(vAlongX, aVx));
                cVy = cVy.sub(courantTerm(vAlongY, aVy));
            }
            if (tvdWrap) {
                cUx = tvd.blend(uAlongX, aUx, cUx);
                cUy = tvd.blend(uAlongY, aUy, cUy);
                cVx = tvd.blend(vAlongX, aVx, cVx);
                cVy = tvd.blend(vAlongY, aVy, cVy);
            }
        }
        return advance(w, aUx.mul(cUx), aUy.mul(cUy), aVx.mul(cVx), aVy.mul(cVy));
    }

    private SDVariable advance(SDVariable w, SDVariable fUx, SDVariable fUy, SDVariable fVx, SDVariable fVy) {
        double h = p.spacing();
        SDVariable convU = backwardDifference(fUx, X).add(backwardDifference(fUy, Y)).mul(-1.0 / h);
        SDVariable convV = backwardDifference(fVx, X).add(backwardDifference(fVy, Y)).mul(-1.0 / h);
        SDVariable conv = sd.concat(1, convU, convV);
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

    private static SDVariable linear(SDVariable[] c) {
        return c[1].add(c[2]).mul(0.5);
    }

    /** Lax–Wendroff face value, branch-free: ½(c0 + c1) − ½ Cr (c1 − c0), Cr = dt·a/Δ. */
    private SDVariable laxWendroff(SDVariable[] c, SDVariable a) {
        return linear(c).sub(courantTerm(c, a));
    }

    /** ½·Cr·(c_{i+1} − c_i) with Cr = dt·a/Δ. */
    private SDVariable courantTerm(SDVariable[] c, SDVariable a) {
        return a.mul(0.5 * p.dt() / p.spacing()).mul(c[2].sub(c[1]));
    }

    /** The 16 shifted copies {@code a[j+oy, i+ox]} at index {@code 4(ox+1) + (oy+1)}, from one padded array. */
    private SDVariable[] stencilWindows(SDVariable a) {
        int n = p.n();
        SDVariable padded = periodic.pad(periodic.pad(a, Y, 1, 2), X, 1, 2);
        SDVariable[] copies = new SDVariable[16];
        for (int ox = -1; ox <= 2; ox++) {
            for (int oy = -1; oy <= 2; oy++) {
                copies[StencilConstraint.index(ox, oy)] =
                        PeriodicOps.window(padded, oy + 1, oy + 1 + n, ox + 1, ox + 1 + n);
            }
        }
        return copies;
    }

    /** The four neighbours {@code c_{i−1} .. c_{i+2}} along x (offsets (−1..2, 0)) or y ((0, −1..2)). */
    private static SDVariable[] line(SDVariable[] windows, boolean alongX) {
        SDVariable[] out = new SDVariable[4];
        for (int o = -1; o <= 2; o++) {
            out[o + 1] = windows[alongX ? StencilConstraint.index(o, 0) : StencilConstraint.index(0, o)];
        }
        return out;
    }

    private static SDVariable apply(SDVariable coefficients, int m, SDVariable neighbours) {
        SDVariable c = PeriodicOps.slice(coefficients, 1, 16L * m, 16L * m + 16);
        return c.mul(neighbours).sum(true, 1);
    }

    private static SDVariable channel(SDVariable w, int c) {
        return PeriodicOps.slice(w, 1, c, c + 1);
    }
}
