package dev.eddy.stencil.train;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Training windows from in-memory trajectories {@code [sample][time][component][N*N]}: a window starting at frame t
 * has input frame t and targets frames t+1 .. t+K (tsm.md §4.4: windows start at every frame).
 *
 * <p>Batch b of step s is drawn from {@code SplittableRandom(seed).split()} advanced deterministically by s, so a
 * resumed run sees exactly the batches an uninterrupted run would, without saving RNG state.
 */
public final class TrajectoryWindows {

    private final double[][][][] trajectories;
    private final int n;
    private final int unroll;
    private final int windowsPerSample;

    public TrajectoryWindows(double[][][][] trajectories, int n, int unroll) {
        if (trajectories.length == 0 || trajectories[0].length < unroll + 1) {
            throw new IllegalArgumentException("need at least one trajectory of ≥ " + (unroll + 1) + " frames");
        }
        this.trajectories = trajectories;
        this.n = n;
        this.unroll = unroll;
        this.windowsPerSample = trajectories[0].length - unroll;
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

    private double[][] frame(int window, int offset) {
        return trajectories[window / windowsPerSample][window % windowsPerSample + offset];
    }
}
