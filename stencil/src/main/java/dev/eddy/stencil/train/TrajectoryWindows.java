package dev.eddy.stencil.train;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Training windows from in-memory trajectories {@code [sample][time][component][N*N]}. With H history frames
 * (1 for LI), a window starting at frame t has history frames t .. t+H−2, input frame t+H−1 and targets
 * t+H .. t+H+K−1 (tsm.md §4.4: 32 history + 32 targets, windows start at every frame).
 *
 * <p>The windows of step s are drawn from {@code SplittableRandom(seed ^ φ·(s+1))}, so a resumed run sees exactly the
 * batches an uninterrupted run would, without saving RNG state.
 */
public final class TrajectoryWindows {

    private final double[][][][] trajectories;
    private final int n;
    private final int unroll;
    private final int historyFrames;
    private final int windowsPerSample;

    /** Windows without history (LI). */
    public TrajectoryWindows(double[][][][] trajectories, int n, int unroll) {
        this(trajectories, n, unroll, 1);
    }

    /** Windows with {@code historyFrames} ≥ 1 frames up to and including the input frame (TSM). */
    public TrajectoryWindows(double[][][][] trajectories, int n, int unroll, int historyFrames) {
        if (historyFrames < 1 || trajectories.length == 0 || trajectories[0].length < unroll + historyFrames) {
            throw new IllegalArgumentException("need at least one trajectory of ≥ " + (unroll + historyFrames)
                    + " frames");
        }
        this.trajectories = trajectories;
        this.n = n;
        this.unroll = unroll;
        this.historyFrames = historyFrames;
        this.windowsPerSample = trajectories[0].length - unroll - historyFrames + 1;
    }

    public int historyFrames() {
        return historyFrames;
    }

    public int n() {
        return n;
    }

    /** History frames before the input frame of window {@code w}: {@code [H−1][2][N*N]}. */
    public double[][][] history(int window) {
        double[][][] out = new double[historyFrames - 1][][];
        for (int t = 0; t < historyFrames - 1; t++) {
            out[t] = frame(window, t - historyFrames + 1);
        }
        return out;
    }

    public int windowCount() {
        return trajectories.length * windowsPerSample;
    }

    /** The window indices of training step {@code step}. */
    public int[] batchIndices(long seed, long step, int batch) {
        SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (step + 1)));
        int[] idx = new int[batch];
        for (int b = 0; b < batch; b++) {
            idx[b] = random.nextInt(windowCount());
        }
        return idx;
    }

    /** Initial states {@code [B, 2, N, N]} of the given windows. */
    public INDArray inputs(int[] windows, DataType type) {
        double[] flat = new double[windows.length * 2 * n * n];
        for (int b = 0; b < windows.length; b++) {
            double[][] frame = frame(windows[b], 0);
            System.arraycopy(frame[0], 0, flat, (2 * b) * n * n, n * n);
            System.arraycopy(frame[1], 0, flat, (2 * b + 1) * n * n, n * n);
        }
        return Nd4j.create(flat, new long[] {windows.length, 2, n, n}).castTo(type);
    }

    /** Targets {@code [B, K, 2, N, N]} of the given windows. */
    public INDArray targets(int[] windows, DataType type) {
        double[] flat = new double[windows.length * unroll * 2 * n * n];
        for (int b = 0; b < windows.length; b++) {
            for (int k = 0; k < unroll; k++) {
                double[][] frame = frame(windows[b], k + 1);
                int base = ((b * unroll + k) * 2) * n * n;
                System.arraycopy(frame[0], 0, flat, base, n * n);
                System.arraycopy(frame[1], 0, flat, base + n * n, n * n);
            }
        }
        return Nd4j.create(flat, new long[] {windows.length, unroll, 2, n, n}).castTo(type);
    }

    /** Frame at {@code offset} from the input frame of window {@code window}. */
    private double[][] frame(int window, int offset) {
        return trajectories[window / windowsPerSample][window % windowsPerSample + historyFrames - 1 + offset];
    }
}
