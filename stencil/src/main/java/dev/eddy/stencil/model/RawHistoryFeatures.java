package dev.eddy.stencil.model;

import dev.eddy.stencil.step.PeriodicOps;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * The raw-history ablation of TSM (tsm.md §4.3, "TSM-raw"): the last H states as channels
 * {@code [u_{t−H+1} .. u_t, v_{t−H+1} .. v_t]}; a push drops the oldest frame of each component and appends the new.
 */
public final class RawHistoryFeatures implements TemporalFeatures {

    private final SameDiff sd;
    private final int frames;

    public RawHistoryFeatures(SameDiff sd, int frames) {
        if (frames < 1) {
            throw new IllegalArgumentException("history length must be ≥ 1, got " + frames);
        }
        this.sd = sd;
        this.frames = frames;
    }

    @Override
    public int channels() {
        return 2 * frames;
    }

    @Override
    public SDVariable push(SDVariable features, SDVariable w) {
        SDVariable u = PeriodicOps.slice(w, 1, 0, 1);
        SDVariable v = PeriodicOps.slice(w, 1, 1, 2);
        if (frames == 1) {
            return sd.concat(1, u, v);
        }
        SDVariable oldU = PeriodicOps.slice(features, 1, 1, frames);
        SDVariable oldV = PeriodicOps.slice(features, 1, frames + 1, 2L * frames);
        return sd.concat(1, oldU, u, oldV, v);
    }
}
