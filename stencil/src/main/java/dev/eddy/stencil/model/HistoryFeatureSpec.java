package dev.eddy.stencil.model;

import dev.eddy.hippo.DiscreteSystem;
import dev.eddy.hippo.Discretization;
import dev.eddy.hippo.HippoOperator;
import dev.eddy.hippo.HistoryEncoder;
import dev.eddy.hippo.Measure;
import dev.eddy.hippo.StepSchedule;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Which history features TSM's network sees and how the features of a window's history are initialised.
 *
 * <p>A window has {@code historyFrames} = H frames; frames 0..H−2 are encoded in Java before the unroll (HiPPO:
 * {@link HistoryEncoder} from a zero state; raw: copied into slots 1..H−1, slot 0 unused), and frame H−1 is the
 * initial state, pushed by the graph at the first model step — as in the TSM repo (tsm.md §4.1).
 *
 * @param kind           HiPPO coefficients or the raw frames
 * @param historyFrames  H ≥ 1 (TSM: 32)
 * @param measure        HiPPO measure (TSM: {@link Measure#LAGT_HTTYH})
 * @param order          HiPPO order N (TSM: 256)
 * @param delta          HiPPO step Δ per frame (TSM: 1.0)
 * @param theta          window length for windowed measures (ignored otherwise)
 * @param discretization TSM: {@link Discretization#BILINEAR}
 */
public record HistoryFeatureSpec(Kind kind, int historyFrames, Measure measure, int order, double delta,
        double theta, Discretization discretization) {

    /** Feature family. */
    public enum Kind { HIPPO, RAW }

    public HistoryFeatureSpec {
        if (historyFrames < 1 || (kind == Kind.HIPPO && order < 1)) {
            throw new IllegalArgumentException("history frames and order must be ≥ 1");
        }
    }

    /** TSM's published HiPPO features with a configurable order and history length. */
    public static HistoryFeatureSpec publishedHippo(int order, int historyFrames) {
        return new HistoryFeatureSpec(Kind.HIPPO, historyFrames, Measure.LAGT_HTTYH, order, 1.0, 1.0,
                Discretization.BILINEAR);
    }

    /** The raw-history ablation. */
    public static HistoryFeatureSpec raw(int historyFrames) {
        return new HistoryFeatureSpec(Kind.RAW, historyFrames, Measure.LAGT_HTTYH, 1, 1.0, 1.0,
                Discretization.BILINEAR);
    }

    /** The discrete HiPPO system (Ā, B̄). */
    public DiscreteSystem system() {
        return discretization.apply(HippoOperator.of(measure, order, theta), delta);
    }

    /** Feature channels: 2·order (HiPPO) or 2·H (raw). */
    public int channels() {
        return kind == Kind.HIPPO ? 2 * order : 2 * historyFrames;
    }

    /** The in-graph update. */
    public TemporalFeatures build(SameDiff sd, int n, DataType type) {
        return kind == Kind.HIPPO ? new HippoFeatures(sd, system(), n, type) : new RawHistoryFeatures(sd, historyFrames);
    }

    /**
     * Features before the first model step of one sample.
     *
     * @param history frames 0..H−2, {@code [H−1][2][N*N]}
     * @return {@code [channels][N*N]}
     */
    public double[][] initialFeatures(double[][][] history, int n) {
        int frames = historyFrames - 1;
        if (history.length != frames) {
            throw new IllegalArgumentException("expected " + frames + " history frames, got " + history.length);
        }
        int cells = n * n;
        double[][] out = new double[channels()][cells];
        if (kind == Kind.RAW) {
            for (int t = 0; t < frames; t++) {
                for (int c = 0; c < 2; c++) {
                    out[c * historyFrames + t + 1] = history[t][c].clone();
                }
            }
            return out;
        }
        if (frames == 0) {
            return out;
        }
        HistoryEncoder encoder = HistoryEncoder.of(StepSchedule.timeInvariant(system()), frames);
        double[] sequences = new double[cells * 2 * frames];
        for (int cell = 0; cell < cells; cell++) {
            for (int c = 0; c < 2; c++) {
                for (int t = 0; t < frames; t++) {
                    sequences[(cell * 2 + c) * frames + t] = history[t][c][cell];
                }
            }
        }
        double[] coefficients = new double[cells * 2 * order];
        encoder.encode(sequences, cells, 2, coefficients);
        for (int cell = 0; cell < cells; cell++) {
            for (int c = 0; c < 2; c++) {
                for (int k = 0; k < order; k++) {
                    out[c * order + k][cell] = coefficients[(cell * 2 + c) * order + k];
                }
            }
        }
        return out;
    }
}
