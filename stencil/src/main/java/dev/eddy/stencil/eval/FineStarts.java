package dev.eddy.stencil.eval;

import dev.eddy.stencil.train.KolmogorovDataset;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Initial states of the test trajectories on grids finer than the test grid, for the DNS-N baselines: each fine
 * file holds the same DNS trajectories (same seed, DNS grid and sample count as the test file) downsampled to N,
 * and the state used is the fine frame at the model time of the test file's start frame. Only that frame is read.
 */
final class FineStarts {

    private final Map<Integer, double[][][]> byGrid;
    private final Path testFile;

    private FineStarts(Map<Integer, double[][][]> byGrid, Path testFile) {
        this.byGrid = byGrid;
        this.testFile = testFile;
    }

    /**
     * @param startFrame the test file's frame where the rollouts start
     * @throws IllegalArgumentException if a fine file holds other trajectories, has no frame at the start time, or
     *                                  repeats a grid
     */
    static FineStarts read(List<Path> files, KolmogorovDataset test, Path testFile, int startFrame) {
        Map<Integer, double[][][]> byGrid = new HashMap<>();
        if (files.isEmpty()) {
            return new FineStarts(byGrid, testFile);
        }
        if (test.times().length <= startFrame) {
            throw new IllegalArgumentException(testFile + " has no time coordinate to match fine files against");
        }
        double start = test.times()[startFrame];
        for (Path file : files) {
            KolmogorovDataset.Frame fine = KolmogorovDataset.readFrame(file, start);
            if (!fine.source().equals(test.source())) {
                throw new IllegalArgumentException(file + " holds other trajectories (" + fine.source() + ") than "
                        + testFile + " (" + test.source() + ")");
            }
            if (fine.n() <= test.n() || fine.n() % test.n() != 0) {
                throw new IllegalArgumentException(file + " is at " + fine.n() + "²; a fine file's grid must be a "
                        + "multiple of the test grid " + test.n());
            }
            if (fine.states() == null) {
                throw new IllegalArgumentException(file + " has no frame at t = " + start + ", where the evaluation "
                        + "starts; generate it with the test file's --spinup and a --length reaching past that time");
            }
            if (byGrid.put(fine.n(), fine.states()) != null) {
                throw new IllegalArgumentException("two fine files at " + fine.n() + "²");
            }
        }
        return new FineStarts(byGrid, testFile);
    }

    /** {@code [B][2][N*N]} at the start time on grid N. */
    double[][][] initialStates(int grid) {
        double[][][] states = byGrid.get(grid);
        if (states == null) {
            throw new IllegalArgumentException("dns:" + grid + " needs the test trajectories at " + grid + "² (--fine "
                    + "FILE from 'eddy dataset kolmogorov --grid " + grid + "' with the settings of " + testFile + ")");
        }
        return states;
    }
}
