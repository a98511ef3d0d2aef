package dev.eddy.stencil.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.data.Checkpoint;
import dev.eddy.stencil.model.BundlingSchedule;
import dev.eddy.stencil.model.CnnConfig;
import dev.eddy.stencil.model.HistoryFeatureSpec;
import dev.eddy.stencil.model.LiConfig;
import dev.eddy.stencil.model.TsmConfig;
import dev.eddy.stencil.step.BatchArrays;
import dev.eddy.stencil.step.FlowParameters;
import dev.eddy.stencil.step.FvStepGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Training on tiny synthetic data (N = 8): checkpoint → resume reproduces an uninterrupted run bit for bit. */
class TrainerTest {

    private static final int N = 8;
    private static final int K = 2;
    private static final FlowParameters FLOW = FlowParameters.kolmogorov(N);
    private static final LiConfig CONFIG = LiConfig.published(new CnnConfig(1, 4, 0.1, 5));

    private static TrajectoryWindows data;

    @BeforeAll
    static void syntheticData() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        data = new TrajectoryWindows(classicalTrajectories(new long[] {31, 32}, 6), N, K);
    }

    /** Classical-solver (Lax–Wendroff + TVD) trajectories from random divergence-free states. */
    static double[][][][] classicalTrajectories(long[] seeds, int frames) {
        SameDiff sd = SameDiff.create();
        FvStepGraph graph = new FvStepGraph(sd, FLOW, DataType.DOUBLE);
        SDVariable w = sd.placeHolder("w", DataType.DOUBLE, -1, 2, N, N);
        SDVariable next = graph.classicalStep(w);
        double[][][][] out = new double[seeds.length][frames][][];
        double[][][] state = new double[seeds.length][][];
        for (int s = 0; s < seeds.length; s++) {
            state[s] = SyntheticFlows.divergenceFree(N, 3, 5.0, seeds[s]);
        }
        for (int t = 0; t < frames; t++) {
            for (int s = 0; s < seeds.length; s++) {
                out[s][t] = state[s];
            }
            INDArray result = sd.output(Map.of("w", BatchArrays.toArray(state, N, DataType.DOUBLE)), next.name())
                    .get(next.name());
            state = BatchArrays.toFields(result);
        }
        return out;
    }

    private static TrainingSettings settings(int steps) {
        return new TrainingSettings(steps, 2, 1, 3e-3, 1234, 2);
    }

    @Test
    void resumedRunEqualsUninterruptedRunBitForBit(@TempDir Path dir) {
        Path straight = dir.resolve("straight.ckpt");
        Trainer uninterrupted = new Trainer(new WholeUnrollObjective(FLOW, CONFIG, K, DataType.DOUBLE), data,
                settings(4), AdamW.tsm(), DataType.DOUBLE);
        uninterrupted.run(straight, null);

        Path resumed = dir.resolve("resumed.ckpt");
        Trainer first = new Trainer(new WholeUnrollObjective(FLOW, CONFIG, K, DataType.DOUBLE), data, settings(4),
                AdamW.tsm(), DataType.DOUBLE);
        first.runUntil(2, resumed, null);
        assertEquals(2, Long.parseLong(Checkpoint.read(resumed).meta("step")));
        Trainer second = new Trainer(new WholeUnrollObjective(FLOW, CONFIG, K, DataType.DOUBLE), data, settings(4),
                AdamW.tsm(), DataType.DOUBLE);
        second.restore(resumed);
        assertEquals(2, second.step());
        second.run(resumed, null);

        Map<String, double[]> a = uninterrupted.parameters();
        Map<String, double[]> b = second.parameters();
        assertEquals(a.keySet(), b.keySet());
        Map<String, double[]> initial = new Trainer(new WholeUnrollObjective(FLOW, CONFIG, K, DataType.DOUBLE), data,
                settings(4), AdamW.tsm(), DataType.DOUBLE).parameters();
        boolean moved = false;
        for (String name : a.keySet()) {
            assertArrayEquals(a.get(name), b.get(name), 0.0, name);
            moved |= !java.util.Arrays.equals(a.get(name), initial.get(name));
        }
        assertTrue(moved, "training must change the parameters");
        Checkpoint ca = Checkpoint.read(straight);
        Checkpoint cb = Checkpoint.read(resumed);
        for (String name : ca.arrayNames()) {
            assertArrayEquals(ca.array(name), cb.array(name), 0.0, name);
        }
        assertEquals(ca.meta("updates"), cb.meta("updates"));
    }

    @Test
    void lossFallsOnSyntheticData() {
        List<Double> losses = new ArrayList<>();
        Trainer trainer = new Trainer(new WholeUnrollObjective(FLOW, CONFIG, K, DataType.DOUBLE), data, settings(8),
                AdamW.tsm(), DataType.DOUBLE);
        trainer.run(null, (step, loss, lr, applied) -> losses.add(loss));
        assertEquals(8, losses.size());
        assertEquals(0, trainer.skipped());
        assertFalse(losses.stream().anyMatch(x -> !Double.isFinite(x)));
        double early = losses.get(0) + losses.get(1);
        double late = losses.get(6) + losses.get(7);
        assertTrue(late < early, "loss should fall: " + losses);
    }

    /** TSM (HiPPO features, bundling 2) trains through the same loop and resumes bit for bit too. */
    @Test
    void tsmTrainsAndResumesBitForBit(@TempDir Path dir) {
        assertTsmResumesBitForBit(dir, tsm -> new TsmUnrollObjective(FLOW, tsm, K, DataType.DOUBLE));
    }

    /** The same in stepped mode; bundle 1 makes two segments of the unroll 2, so the adjoints cross a segment. */
    @Test
    void steppedTsmTrainsAndResumesBitForBit(@TempDir Path dir) {
        assertTsmResumesBitForBit(dir, tsm -> new TsmSteppedObjective(FLOW, new TsmConfig(tsm.cnn(), tsm.features(),
                new BundlingSchedule(1, BundlingSchedule.Cadence.FIXED), tsm.stencils()), K, 2, DataType.DOUBLE));
    }

    private static void assertTsmResumesBitForBit(Path dir, java.util.function.Function<TsmConfig, TrainingObjective> build) {
        TsmConfig tsm = new TsmConfig(new CnnConfig(1, 4, 0.1, 11), HistoryFeatureSpec.publishedHippo(4, 3),
                new BundlingSchedule(2, BundlingSchedule.Cadence.FIXED), CONFIG);
        TrajectoryWindows windows = new TrajectoryWindows(classicalTrajectories(new long[] {41, 42}, 6), N, K, 3);
        assertEquals(4, windows.windowCount());
        TrainingSettings three = new TrainingSettings(3, 2, 1, 3e-3, 99, 1);
        List<Double> losses = new ArrayList<>();
        Trainer straight = new Trainer(build.apply(tsm), windows, three, AdamW.tsm(), DataType.DOUBLE);
        Map<String, double[]> initial = straight.parameters();
        straight.run(null, (step, loss, lr, applied) -> losses.add(loss));
        assertEquals(3, losses.size());
        assertFalse(losses.stream().anyMatch(x -> !Double.isFinite(x) || x <= 0));
        assertEquals(0, straight.skipped());

        Path ckpt = dir.resolve("tsm.ckpt");
        Trainer first = new Trainer(build.apply(tsm), windows, three, AdamW.tsm(), DataType.DOUBLE);
        first.runUntil(2, ckpt, null);
        Trainer second = new Trainer(build.apply(tsm), windows, three, AdamW.tsm(), DataType.DOUBLE);
        second.restore(ckpt);
        second.run(ckpt, null);
        Map<String, double[]> a = straight.parameters();
        Map<String, double[]> b = second.parameters();
        boolean moved = false;
        for (String name : a.keySet()) {
            assertArrayEquals(a.get(name), b.get(name), 0.0, name);
            moved |= !java.util.Arrays.equals(a.get(name), initial.get(name));
        }
        assertTrue(moved, "training must change the parameters");
    }
}
