package dev.eddy.stencil.model;

import dev.eddy.stencil.step.FlowParameters;
import dev.eddy.stencil.step.FvStepGraph;
import java.util.List;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Learned interpolation (Kochkov et al. 2021, as run in the TSM repo, tsm.md §3): one step is
 * {@code w ↦ FV-step(w; coefficients = StencilLayer(CNN(w)))}, the CNN seeing the staggered (u, v) as two channels.
 */
public final class LearnedInterpolationModel {

    private final LiConfig config;
    private final FvStepGraph step;
    private final PeriodicCnn cnn;
    private final StencilLayer stencils;

    public LearnedInterpolationModel(SameDiff sd, FlowParameters p, LiConfig config, DataType type) {
        this.config = config;
        this.step = new FvStepGraph(sd, p, type);
        StencilConstraint constraint = StencilConstraint.ofOrder(config.accuracyOrder());
        this.stencils = new StencilLayer(sd, constraint, type);
        this.cnn = new PeriodicCnn(sd, "li", p.n(), 2, constraint.logitChannels(), config.cnn(), type);
    }

    public LiConfig config() {
        return config;
    }

    public List<String> parameterNames() {
        return cnn.parameterNames();
    }

    /** Stencil coefficients {@code [B, 128, N, N]} for state {@code w}. */
    public SDVariable coefficients(SDVariable w) {
        return stencils.coefficients(cnn.apply(w));
    }

    /** One learned step. */
    public SDVariable step(SDVariable w) {
        return step.learnedStep(w, coefficients(w), config.tvdWrap(), config.laxWendroff());
    }
}
