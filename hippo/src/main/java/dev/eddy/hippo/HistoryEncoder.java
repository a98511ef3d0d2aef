package dev.eddy.hippo;

import java.util.stream.IntStream;

/**
 * Batched HiPPO encoder for TSM: turns per-cell histories (cells × channels × time, time fastest) into coefficient
 * tensors (cells × channels × N, N fastest), for any {@link StepSchedule} (any measure and discretization).
 *
 * <p>Two paths, both from a zero state:
 * <ul>
 *   <li><b>streaming</b> ({@link #newStream}, {@link #newFloatStream}): one frame at a time,
 *       {@code x ← Ā_k x + B̄_k u_k} with the step matrices precomputed (transposed, so the product is a column
 *       AXPY {@code y = B̄u; y += Ā[:, j] x_j for j = 0..N-1}; exact zeros above the first non-zero row of each
 *       column, e.g. of a lower-triangular Ā, are skipped).</li>
 *   <li><b>whole history</b> ({@link #encode}): the final state is linear in the history,
 *       {@code c_T = Σ_k W_k u_k} with {@code W_k = Ā_{T-1}⋯Ā_{k+1} B̄_k}, precomputed once; one pass of
 *       T·N multiply-adds per sequence instead of T·N².</li>
 * </ul>
 * Sequences are processed in blocks on the common fork-join pool (both cores); work arrays are allocated once
 * per encoder or stream, never per cell. Every sequence goes through the same arithmetic in the same order, so
 * the batched results equal the single-sequence ones ({@link #encodeSequence}, a stream of one) bit for bit.
 * Double and float variants keep their own precomputed matrices; the float path accumulates in float.
 */
public final class HistoryEncoder {
    private static final int BLOCK = 16;

    private final int order;
    private final int frames;
    private final boolean timeInvariant;
    private final double[][] stepT;
    private final double[][] stepB;
    private final int[][] columnStart;
    private final float[][] stepTf;
    private final float[][] stepBf;
    private final double[] history;
    private final float[] historyF;

    private HistoryEncoder(StepSchedule schedule, int frames) {
        this.order = schedule.order();
        this.frames = frames;
        this.timeInvariant = schedule.timeInvariant();
        int stored = timeInvariant ? 1 : frames;
        int n = order;
        stepT = new double[stored][];
        stepB = new double[stored][];
        columnStart = new int[stored][];
        stepTf = new float[stored][];
        stepBf = new float[stored][];
        DiscreteSystem[] systems = new DiscreteSystem[frames];
        for (int k = 0; k < frames; k++) {
            systems[k] = timeInvariant && k > 0 ? systems[0] : schedule.stepAt(k);
        }
        for (int k = 0; k < stored; k++) {
            double[][] ad = systems[k].ad();
            double[] t = new double[n * n];
            int[] start = new int[n];
            for (int j = 0; j < n; j++) {
                start[j] = n;
                for (int i = 0; i < n; i++) {
                    t[j * n + i] = ad[i][j];
                    if (ad[i][j] != 0.0 && start[j] == n) {
                        start[j] = i;
                    }
                }
            }
            stepT[k] = t;
            stepB[k] = systems[k].bd().clone();
            columnStart[k] = start;
            stepTf[k] = toFloat(t);
            stepBf[k] = toFloat(stepB[k]);
        }
        history = historyWeights(systems);
        historyF = toFloat(history);
    }

    /**
     * Precomputes the encoder for histories of {@code frames} frames.
     *
     * @throws IllegalArgumentException if frames ≤ 0
     */
    public static HistoryEncoder of(StepSchedule schedule, int frames) {
        if (frames <= 0) {
            throw new IllegalArgumentException("number of frames must be positive, got " + frames);
        }
        return new HistoryEncoder(schedule, frames);
    }

    /** W (T×N, row k = W_k): the response of c_T to a unit sample at frame k. */
    private double[] historyWeights(DiscreteSystem[] systems) {
        int n = order;
        double[] w = new double[frames * n];
        if (timeInvariant) {
            double[] col = systems[0].bd().clone();
            for (int k = frames - 1; k >= 0; k--) {
                System.arraycopy(col, 0, w, k * n, n);
                if (k > 0) {
                    col = DenseMatrices.multiply(systems[0].ad(), col);
                }
            }
            return w;
        }
        for (int k = 0; k < frames; k++) {
            double[] col = systems[k].bd().clone();
            for (int m = k + 1; m < frames; m++) {
                col = DenseMatrices.multiply(systems[m].ad(), col);
            }
            System.arraycopy(col, 0, w, k * n, n);
        }
        return w;
    }

    private static float[] toFloat(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }

    public int order() {
        return order;
    }

    public int frames() {
        return frames;
    }

    // ---------------------------------------------------------------- whole history

    /**
     * Encodes whole histories. {@code history[(cell·channels + ch)·T + t]} → {@code out[(cell·channels + ch)·N + n]}.
     */
    public void encode(double[] history, int cells, int channels, double[] out) {
        int sequences = checkShapes(history.length, out.length, cells, channels);
        forEachBlock(sequences, (from, to) -> wholeHistoryBlock(history, out, from, to));
    }

    /** Float variant of {@link #encode(double[], int, int, double[])}. */
    public void encode(float[] history, int cells, int channels, float[] out) {
        int sequences = checkShapes(history.length, out.length, cells, channels);
        forEachBlock(sequences, (from, to) -> wholeHistoryBlockF(history, out, from, to));
    }

    /** The single-sequence path: the final coefficients of one history of T samples. */
    public double[] encodeSequence(double[] samples) {
        if (samples.length != frames) {
            throw new IllegalArgumentException("expected " + frames + " samples, got " + samples.length);
        }
        double[] out = new double[order];
        wholeHistoryBlock(samples, out, 0, 1);
        return out;
    }

    /** Float single-sequence path. */
    public float[] encodeSequence(float[] samples) {
        if (samples.length != frames) {
            throw new IllegalArgumentException("expected " + frames + " samples, got " + samples.length);
        }
        float[] out = new float[order];
        wholeHistoryBlockF(samples, out, 0, 1);
        return out;
    }

    private int checkShapes(int historyLength, int outLength, int cells, int channels) {
        if (cells <= 0 || channels <= 0) {
            throw new IllegalArgumentException("cells and channels must be positive");
        }
        int sequences = Math.multiplyExact(cells, channels);
        if (historyLength != Math.multiplyExact(sequences, frames)) {
            throw new IllegalArgumentException("history must hold cells*channels*" + frames + " = "
                    + (long) sequences * frames + " values, got " + historyLength);
        }
        if (outLength != Math.multiplyExact(sequences, order)) {
            throw new IllegalArgumentException("output must hold cells*channels*" + order + " values");
        }
        return sequences;
    }

    private void wholeHistoryBlock(double[] in, double[] out, int from, int to) {
        int n = order;
        double[] w = history;
        for (int s = from; s < to; s++) {
            int o = s * n;
            int h = s * frames;
            double u0 = in[h];
            for (int i = 0; i < n; i++) {
                out[o + i] = w[i] * u0;
            }
            for (int k = 1; k < frames; k++) {
                double uk = in[h + k];
                int wk = k * n;
                for (int i = 0; i < n; i++) {
                    out[o + i] += w[wk + i] * uk;
                }
            }
        }
    }

    private void wholeHistoryBlockF(float[] in, float[] out, int from, int to) {
        int n = order;
        float[] w = historyF;
        for (int s = from; s < to; s++) {
            int o = s * n;
            int h = s * frames;
            float u0 = in[h];
            for (int i = 0; i < n; i++) {
                out[o + i] = w[i] * u0;
            }
            for (int k = 1; k < frames; k++) {
                float uk = in[h + k];
                int wk = k * n;
                for (int i = 0; i < n; i++) {
                    out[o + i] += w[wk + i] * uk;
                }
            }
        }
    }

    // ---------------------------------------------------------------- streaming

    /** A streaming state for {@code sequences} sequences (cells·channels), zero before the first frame. */
    public Stream newStream(int sequences) {
        return new Stream(sequences);
    }

    /** A float streaming state. */
    public FloatStream newFloatStream(int sequences) {
        return new FloatStream(sequences);
    }

    private int stepIndex(int frame) {
        if (timeInvariant) {
            return 0;
        }
        if (frame >= frames) {
            throw new IllegalStateException("time-varying encoder was precomputed for " + frames + " frames");
        }
        return frame;
    }

    /**
     * Streaming encoder state (double). Not thread-safe; one {@link #push} runs its blocks in parallel.
     */
    public final class Stream {
        private final int sequences;
        private double[] state;
        private double[] next;
        private int frame;

        private Stream(int sequences) {
            if (sequences <= 0) {
                throw new IllegalArgumentException("sequences must be positive");
            }
            this.sequences = sequences;
            this.state = new double[Math.multiplyExact(sequences, order)];
            this.next = new double[state.length];
        }

        /** Takes in one frame: {@code frameValues[s]} is the sample of sequence s (cells × channels). */
        public void push(double[] frameValues) {
            if (frameValues.length != sequences) {
                throw new IllegalArgumentException("frame must hold " + sequences + " values");
            }
            int k = stepIndex(frame);
            double[] x = state;
            double[] y = next;
            forEachBlock(sequences, (from, to) -> stepBlock(stepT[k], stepB[k], columnStart[k], x, y, frameValues,
                    from, to));
            next = x;
            state = y;
            frame++;
        }

        /** The current coefficients (cells × channels × N); a live view, valid until the next push. */
        public double[] coefficients() {
            return state;
        }

        public int framesSeen() {
            return frame;
        }

        /** Back to the zero state before frame 0. */
        public void reset() {
            java.util.Arrays.fill(state, 0.0);
            frame = 0;
        }
    }

    /** Streaming encoder state (float). */
    public final class FloatStream {
        private final int sequences;
        private float[] state;
        private float[] next;
        private int frame;

        private FloatStream(int sequences) {
            if (sequences <= 0) {
                throw new IllegalArgumentException("sequences must be positive");
            }
            this.sequences = sequences;
            this.state = new float[Math.multiplyExact(sequences, order)];
            this.next = new float[state.length];
        }

        public void push(float[] frameValues) {
            if (frameValues.length != sequences) {
                throw new IllegalArgumentException("frame must hold " + sequences + " values");
            }
            int k = stepIndex(frame);
            float[] x = state;
            float[] y = next;
            forEachBlock(sequences, (from, to) -> stepBlockF(stepTf[k], stepBf[k], columnStart[k], x, y,
                    frameValues, from, to));
            next = x;
            state = y;
            frame++;
        }

        public float[] coefficients() {
            return state;
        }

        public int framesSeen() {
            return frame;
        }

        public void reset() {
            java.util.Arrays.fill(state, 0.0f);
            frame = 0;
        }
    }

    private void stepBlock(double[] at, double[] b, int[] start, double[] x, double[] y, double[] u, int from,
                           int to) {
        int n = order;
        for (int s = from; s < to; s++) {
            double us = u[s];
            int o = s * n;
            for (int i = 0; i < n; i++) {
                y[o + i] = b[i] * us;
            }
        }
        for (int j = 0; j < n; j++) {
            int col = j * n;
            int i0 = start[j];
            for (int s = from; s < to; s++) {
                int o = s * n;
                double xj = x[o + j];
                for (int i = i0; i < n; i++) {
                    y[o + i] += at[col + i] * xj;
                }
            }
        }
    }

    private void stepBlockF(float[] at, float[] b, int[] start, float[] x, float[] y, float[] u, int from,
                            int to) {
        int n = order;
        for (int s = from; s < to; s++) {
            float us = u[s];
            int o = s * n;
            for (int i = 0; i < n; i++) {
                y[o + i] = b[i] * us;
            }
        }
        for (int j = 0; j < n; j++) {
            int col = j * n;
            int i0 = start[j];
            for (int s = from; s < to; s++) {
                int o = s * n;
                float xj = x[o + j];
                for (int i = i0; i < n; i++) {
                    y[o + i] += at[col + i] * xj;
                }
            }
        }
    }

    @FunctionalInterface
    private interface BlockTask {
        void run(int from, int to);
    }

    private static void forEachBlock(int sequences, BlockTask task) {
        int blocks = (sequences + BLOCK - 1) / BLOCK;
        if (blocks == 1) {
            task.run(0, sequences);
            return;
        }
        IntStream.range(0, blocks).parallel().forEach(b -> task.run(b * BLOCK, Math.min(sequences, (b + 1) * BLOCK)));
    }
}
