package dev.eddy.stencil.model;

import org.nd4j.autodiff.samediff.SDVariable;

/**
 * Per-cell features of the velocity history that TSM's network sees, updated inside the graph with each new state so
 * that gradients flow through the history (tsm.md §4.1). Layout {@code [B, channels, N, N]}.
 */
public interface TemporalFeatures {

    /** Feature channels. */
    int channels();

    /** The features after taking in the state {@code w} ({@code [B, 2, N, N]}). */
    SDVariable push(SDVariable features, SDVariable w);
}
