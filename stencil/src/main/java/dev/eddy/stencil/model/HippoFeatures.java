package dev.eddy.stencil.model;

import dev.eddy.hippo.DiscreteSystem;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * HiPPO memory of each cell's staggered velocity as a differentiable graph update (tsm.md §4.1):
 * {@code c_k = Ā c_{k−1} + B̄ f_k} per cell and component, with (Ā, B̄) a discretised HiPPO system from the
 * {@code hippo} module (TSM: LagT-HTTYH, N = 256, Δ = 1, bilinear).
 *
 * <p>Layout {@code [B, 2·order, N, N]}, channel {@code component·order + n} (TSM's [u-coefficients, v-coefficients]).
 * The update is one matrix product {@code [B·2·N², order] × Āᵀ} after a permute, plus a broadcast {@code B̄ ⊗ f}.
 */
public final class HippoFeatures implements TemporalFeatures {

    private final SameDiff sd;
    private final int order;
    private final int n;
    private final SDVariable transitionT;
    private final SDVariable input;

    public HippoFeatures(SameDiff sd, DiscreteSystem system, int n, DataType type) {
        this.sd = sd;
        this.order = system.order();
        this.n = n;
        this.transitionT = sd.constant(Nd4j.create(system.ad()).transpose().dup().castTo(type));
        this.input = sd.constant(Nd4j.create(system.bd(), new long[] {1, 1, order, 1}).castTo(type));
    }

    public int order() {
        return order;
    }

    @Override
    public int channels() {
        return 2 * order;
    }

    @Override
    public SDVariable push(SDVariable features, SDVariable w) {
        int cells = n * n;
        SDVariable rows = sd.reshape(sd.permute(sd.reshape(features, -1, 2, order, cells), 0, 1, 3, 2), -1, order);
        SDVariable advanced = sd.permute(sd.reshape(sd.mmul(rows, transitionT), -1, 2, cells, order), 0, 1, 3, 2);
        SDVariable driven = sd.reshape(w, -1, 2, 1, cells).mul(input);
        return sd.reshape(advanced.add(driven), -1, 2 * order, n, n);
    }
}
