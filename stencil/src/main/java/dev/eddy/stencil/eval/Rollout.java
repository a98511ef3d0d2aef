package dev.eddy.stencil.eval;

/** A model that advances MAC velocities by its coarse step, for evaluation. */
public interface Rollout {

    /** Frames of history the model needs, including the initial state (1 for memoryless models). */
    default int historyFrames() {
        return 1;
    }

    /**
     * @param history {@code [B][H][2][N*N]}, the last frame being the initial state; H ≥ {@link #historyFrames()}
     * @return the states after steps 1..steps, {@code [B][steps][2][N*N]}
     */
    double[][][][] rollout(double[][][][] history, int steps);

    /** The last frame of each sample's history. */
    static double[][][] initialStates(double[][][][] history) {
        double[][][] out = new double[history.length][][];
        for (int b = 0; b < history.length; b++) {
            out[b] = history[b][history[b].length - 1];
        }
        return out;
    }
}
