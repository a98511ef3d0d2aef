package dev.eddy.stencil.model;

/**
 * Configuration of the learned-interpolation (LI) model.
 *
 * @param cnn           the stencil network
 * @param accuracyOrder stencil accuracy order, 1 (published: Σc = 1) or 2 (also exact on linear fields)
 * @param tvdWrap       wrap the learned advected value in the Van Leer TVD blend (TSM repo default)
 * @param laxWendroff   add the Lax–Wendroff Courant term to the learned advected value, so that zero network output
 *                      is exactly the classical DNS step (off in the published model, whose zero output is
 *                      TVD(upwind, linear))
 */
public record LiConfig(CnnConfig cnn, int accuracyOrder, boolean tvdWrap, boolean laxWendroff) {

    /** The published LI: order 1, TVD wrap, no Lax–Wendroff term. */
    public static LiConfig published(CnnConfig cnn) {
        return new LiConfig(cnn, 1, true, false);
    }

    public LiConfig {
        if (accuracyOrder != 1 && accuracyOrder != 2) {
            throw new IllegalArgumentException("accuracy order must be 1 or 2, got " + accuracyOrder);
        }
    }
}
