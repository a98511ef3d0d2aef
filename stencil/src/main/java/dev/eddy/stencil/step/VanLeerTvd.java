package dev.eddy.stencil.step;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ops.impl.controlflow.compat.StopGradient;

/**
 * Van Leer TVD blend of a high-order face value with the upwind value, as in JAX-CFD's {@code apply_tvd_limiter}
 * (tsm.md §2.3), written branch-free for SameDiff ({@code where} has no gradient, samediff-fv.md §4).
 *
 * <p>For the face between {@code c0 = c_i} and {@code c1 = c_{i+1}} with face velocity {@code a}:
 * <pre>
 *   m     = [a &gt; 0]                                  (mask, no gradient path)
 *   den   = (c1 − c0), replaced by 1 where it is 0     (JAX-CFD safe division)
 *   r     = m·(c0 − c−1)/den + (1 − m)·(c2 − c1)/den
 *   φ(r)  = (r + |r|)/(1 + |r|)                        (= 2r/(1+r) for r &gt; 0, else 0)
 *   c_low = m·c0 + (1 − m)·c1                          (upwind)
 *   face  = c_low − φ·(c_low − c_high)
 * </pre>
 */
public final class VanLeerTvd {

    private final DataType type;

    public VanLeerTvd(DataType type) {
        this.type = type;
    }

    /**
     * @param c        the four neighbours {@code c_{i−1}, c_i, c_{i+1}, c_{i+2}} along the face normal
     * @param velocity face velocity (its sign picks the upwind side)
     * @param high     the high-order face value
     */
    public SDVariable blend(SDVariable[] c, SDVariable velocity, SDVariable high) {
        SDVariable positive = mask(velocity);
        SDVariable d = c[2].sub(c[1]);
        SDVariable den = d.add(noGradient(d).eq(0.0).castTo(type));
        SDVariable rPositive = c[1].sub(c[0]).div(den);
        SDVariable rNegative = c[3].sub(c[2]).div(den);
        SDVariable r = rNegative.add(positive.mul(rPositive.sub(rNegative)));
        SDVariable absR = r.getSameDiff().math().abs(r);
        SDVariable phi = r.add(absR).div(absR.add(1.0));
        SDVariable low = c[2].add(positive.mul(c[1].sub(c[2])));
        return low.sub(phi.mul(low.sub(high)));
    }

    /** {@code [a > 0]} as a 0/1 field of the working type, cut from the gradient. */
    public SDVariable mask(SDVariable a) {
        return noGradient(a).gt(0.0).castTo(type);
    }

    private static SDVariable noGradient(SDVariable v) {
        return new StopGradient(v.getSameDiff(), v).outputVariable();
    }
}
