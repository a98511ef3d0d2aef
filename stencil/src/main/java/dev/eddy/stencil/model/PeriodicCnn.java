package dev.eddy.stencil.model;

import dev.eddy.stencil.step.PeriodicOps;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A fully convolutional network with periodic 3×3 convolutions: input × scale, then {@code hiddenLayers} × (periodic
 * pad 1, 3×3 conv, ReLU), then a periodic 3×3 conv to the output channels without activation (tsm.md §3).
 *
 * <p>Parameters are SameDiff VARIABLEs named {@code <prefix>/w<l>} ({@code [3, 3, in, out]}) and {@code <prefix>/b<l>}.
 * Initialisation from the seed: He-normal {@code σ = √(2/fan_in)} for hidden layers, {@code 0.1/√fan_in} for the
 * output layer (small logits, so training starts near the linear-interpolation stencils), zero biases.
 */
public final class PeriodicCnn {

    private final SameDiff sd;
    private final PeriodicOps periodic;
    private final CnnConfig config;
    private final List<SDVariable[]> layers = new ArrayList<>();
    private final List<String> parameterNames = new ArrayList<>();

    public PeriodicCnn(SameDiff sd, String prefix, int n, int inChannels, int outChannels, CnnConfig config,
            DataType type) {
        this.sd = sd;
        this.periodic = new PeriodicOps(sd, n);
        this.config = config;
        SplittableRandom random = new SplittableRandom(config.seed());
        int in = inChannels;
        for (int l = 0; l <= config.hiddenLayers(); l++) {
            boolean output = l == config.hiddenLayers();
            int out = output ? outChannels : config.width();
            double sigma = output ? 0.1 / Math.sqrt(9.0 * in) : Math.sqrt(2.0 / (9.0 * in));
            double[] w = new double[9 * in * out];
            for (int k = 0; k < w.length; k++) {
                w[k] = sigma * random.nextGaussian();
            }
            SDVariable weight = sd.var(prefix + "/w" + l, Nd4j.create(w, new long[] {3, 3, in, out}).castTo(type));
            SDVariable bias = sd.var(prefix + "/b" + l, Nd4j.zeros(type, out));
            layers.add(new SDVariable[] {weight, bias});
            parameterNames.add(weight.name());
            parameterNames.add(bias.name());
            in = out;
        }
    }

    public CnnConfig config() {
        return config;
    }

    /** Names of the weight and bias variables, in layer order. */
    public List<String> parameterNames() {
        return List.copyOf(parameterNames);
    }

    /** The network applied to {@code [B, in, N, N]}, giving {@code [B, out, N, N]}. */
    public SDVariable apply(SDVariable input) {
        Conv2DConfig conv = Conv2DConfig.builder().kH(3).kW(3).sH(1).sW(1).paddingMode(PaddingMode.VALID)
                .dataFormat("NCHW").build();
        SDVariable x = input.mul(config.inputScale());
        for (int l = 0; l < layers.size(); l++) {
            SDVariable padded = periodic.pad(periodic.pad(x, PeriodicOps.Y, 1, 1), PeriodicOps.X, 1, 1);
            x = sd.cnn().conv2d(padded, layers.get(l)[0], layers.get(l)[1], conv);
            if (l < layers.size() - 1) {
                x = sd.nn().relu(x, 0.0);
            }
        }
        return x;
    }
}
