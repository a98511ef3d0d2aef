package dev.eddy.stencil.model;

/**
 * Configuration of the learned-interpolation (LI) model.
 *
 * @param cnn           the stencil network
 * @param accuracyOrder stencil accuracy order, 1 (published: Σc = 1) or 2 (also exact on linear fields)
 * @param tvdWrap       wrap the learned advected value in the Van Leer TVD blend (TSM repo default)
 */
public record LiConfig(CnnConfig cnn, int accuracyOrder, boolean tvdWrap) {

    public LiConfig {
        if (accuracyOrder != 1 && accuracyOrder != 2) {
            throw new IllegalArgumentException("accuracy order must be 1 or 2, got " + accuracyOrder);
        }
    }
}
