package dev.eddy.stencil.model;

import dev.eddy.stencil.step.FlowParameters;
import dev.eddy.stencil.step.FvStepGraph;
import dev.eddy.stencil.step.PeriodicOps;
import java.util.List;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Temporal Stencil Model (Sun, Yang, Yoo 2023; tsm.md §4): at every step the history features take in the current
 * state; when the {@link BundlingSchedule} says so, the CNN maps the features to B stencil sets; step k applies
 * slice s of the latest prediction (or the bias stencils before the first prediction) in the learned FV step.
 */
public final class TemporalStencilModel {

    private final TsmConfig config;
    private final FvStepGraph step;
    private final StencilLayer stencils;
    private final PeriodicCnn cnn;
    private final TemporalFeatures features;
    private final SDVariable zeroLogits;
    private final int logitsPerStep;
    private int networkCalls;

    public TemporalStencilModel(SameDiff sd, FlowParameters p, TsmConfig config, DataType type) {
        this.config = config;
        this.step = new FvStepGraph(sd, p, type);
        StencilConstraint constraint = StencilConstraint.ofOrder(config.stencils().accuracyOrder());
        this.stencils = new StencilLayer(sd, constraint, type);
        this.logitsPerStep = constraint.logitChannels();
        this.features = config.features().build(sd, p.n(), type);
        this.cnn = new PeriodicCnn(sd, "tsm", p.n(), features.channels(),
                config.bundling().bundle() * logitsPerStep, config.cnn(), type);
        this.zeroLogits = sd.constant(Nd4j.zeros(type, 1, logitsPerStep, p.n(), p.n()));
    }

    public TsmConfig config() {
        return config;
    }

    public List<String> parameterNames() {
        return cnn.parameterNames();
    }

    /** Feature channels of the {@code features0} input. */
    public int featureChannels() {
        return features.channels();
    }

    /** Network applications in the graphs built so far (to check the bundling cadence). */
    public int networkCalls() {
        return networkCalls;
    }

    /** The states after each step of a plan, and the history features after the last step's push. */
    public record Unrolled(SDVariable[] states, SDVariable features) {
    }

    /**
     * The states after steps 1..K from {@code w0} ({@code [B, 2, N, N]}) and the features of the history before it
     * ({@code [B, channels, N, N]}).
     */
    public SDVariable[] unroll(SDVariable w0, SDVariable features0, int steps) {
        return unroll(w0, features0, config.bundling().plan(steps)).states();
    }

    /**
     * The steps of {@code plan} from {@code w0} and {@code features0}: a whole plan of {@link BundlingSchedule#plan},
     * or one {@link BundlingSchedule.Segment} of it.
     *
     * @throws IllegalArgumentException if a step needs network output that the plan does not compute
     */
    public Unrolled unroll(SDVariable w0, SDVariable features0, BundlingSchedule.Step[] plan) {
        SDVariable[] states = new SDVariable[plan.length];
        SDVariable w = w0;
        SDVariable history = features0;
        SDVariable logits = null;
        LiConfig li = config.stencils();
        for (int k = 0; k < plan.length; k++) {
            history = features.push(history, w);
            if (plan[k].runNetwork()) {
                logits = cnn.apply(history);
                networkCalls++;
            }
            if (logits == null && !plan[k].zeroLogits()) {
                throw new IllegalArgumentException("step " + k + " of the plan uses network output before any call");
            }
            SDVariable stepLogits = plan[k].zeroLogits() ? zeroLogits
                    : PeriodicOps.slice(logits, 1, (long) plan[k].slice() * logitsPerStep,
                            (long) (plan[k].slice() + 1) * logitsPerStep);
            w = step.learnedStep(w, stencils.coefficients(stepLogits), li.tvdWrap(), li.laxWendroff());
            states[k] = w;
        }
        return new Unrolled(states, history);
    }
}
