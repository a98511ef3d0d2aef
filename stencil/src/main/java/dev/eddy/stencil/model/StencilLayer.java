package dev.eddy.stencil.model;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Maps per-cell logits {@code [B, 8·free, N, N]} to stencil coefficients {@code [B, 128, N, N]} by the constant affine
 * null-space map of {@link StencilConstraint}, as a 1×1 convolution ({@code coef = bias + logits · M}).
 */
public final class StencilLayer {

    private final StencilConstraint constraint;
    private final SDVariable weight;
    private final SDVariable bias;

    public StencilLayer(SameDiff sd, StencilConstraint constraint, DataType type) {
        this.constraint = constraint;
        double[][] map = constraint.mapMatrix();
        this.weight = sd.constant(Nd4j.create(map).reshape(1, 1, map.length, map[0].length).castTo(type));
        this.bias = sd.constant(Nd4j.create(StencilConstraint.mapBias()).castTo(type));
    }

    public StencilConstraint constraint() {
        return constraint;
    }

    /** Coefficients from logits. */
    public SDVariable coefficients(SDVariable logits) {
        Conv2DConfig oneByOne = Conv2DConfig.builder().kH(1).kW(1).sH(1).sW(1)
                .paddingMode(PaddingMode.VALID).dataFormat("NCHW").build();
        return logits.getSameDiff().cnn().conv2d(logits, weight, bias, oneByOne);
    }
}
