package dev.eddy.stencil.model;

/**
 * Configuration of the Temporal Stencil Model (tsm.md §4).
 *
 * @param cnn       the stencil network (input = history features, output = B × 8 × free logits)
 * @param features  history features (HiPPO or raw) and history length
 * @param bundling  temporal bundling B and counter convention
 * @param stencils  accuracy order, TVD wrap and Lax–Wendroff term of the learned interpolation (its CNN unused)
 */
public record TsmConfig(CnnConfig cnn, HistoryFeatureSpec features, BundlingSchedule bundling, LiConfig stencils) {
}
