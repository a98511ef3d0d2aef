package dev.eddy.stencil.model;

/**
 * Shape and initialisation of a {@link PeriodicCnn}.
 *
 * @param hiddenLayers number of hidden periodic 3×3 conv + ReLU layers (≥ 0)
 * @param width        channels of each hidden layer (≥ 1)
 * @param inputScale   factor applied to the input before the first conv (0.1 in the TSM repo, tsm.md §3)
 * @param seed         initialisation seed (never 0: seed 0 is not reproducible in ND4J, so it is refused everywhere)
 */
public record CnnConfig(int hiddenLayers, int width, double inputScale, long seed) {

    public CnnConfig {
        if (hiddenLayers < 0 || width < 1) {
            throw new IllegalArgumentException("hiddenLayers must be ≥ 0 and width ≥ 1, got " + hiddenLayers + ", "
                    + width);
        }
        if (!Double.isFinite(inputScale) || inputScale == 0) {
            throw new IllegalArgumentException("inputScale must be finite and non-zero, got " + inputScale);
        }
        if (seed == 0) {
            throw new IllegalArgumentException("seed 0 is not allowed (not reproducible in ND4J); pick another");
        }
    }
}
