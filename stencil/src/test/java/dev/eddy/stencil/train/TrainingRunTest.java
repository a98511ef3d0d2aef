package dev.eddy.stencil.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.data.Checkpoint;
import dev.eddy.data.DataKind;
import dev.eddy.data.DatasetSchema;
import dev.eddy.data.FrameWriter;
import dev.eddy.data.NetcdfFormat;
import dev.eddy.stencil.step.FlowParameters;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** The service behind {@code eddy train}: dataset file → run directory with checkpoint and model file. */
class TrainingRunTest {

    private static final int N = 8;

    private static final String TINY = """
            preset: small   # overridden below for a tiny run
            layers: 1
            width: 4
            unroll: 2
            batch: 2
            steps: 3
            warmup: 1
            checkpoint_every: 2
            precision: double
            history: 3
            hippo_order: 4
            bundle: 2
            """;

    /** A file in the layout of {@code eddy dataset kolmogorov}: u, v (time, sample, y, x) with eddy_coarse_dt. */
    private static Path dataset(Path dir) {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        double[][][][] traj = TrainerTest.classicalTrajectories(new long[] {5, 6}, 6);
        Path file = dir.resolve("train.nc");
        DatasetSchema schema = DatasetSchema.builder()
                .unlimitedTime("1", Map.of())
                .dimension("sample", 2).dimension("y", N).dimension("x", N)
                .variable("u", DataKind.FLOAT, List.of("time", "sample", "y", "x"), Map.of())
                .variable("v", DataKind.FLOAT, List.of("time", "sample", "y", "x"), Map.of())
                .globalAttribute("eddy_coarse_dt", FlowParameters.kolmogorov(N).dt())
                .build();
        try (FrameWriter w = FrameWriter.create(file, schema, NetcdfFormat.NC3)) {
            for (int t = 0; t < 6; t++) {
                double[] u = new double[2 * N * N];
                double[] v = new double[2 * N * N];
                for (int s = 0; s < 2; s++) {
                    System.arraycopy(traj[s][t][0], 0, u, s * N * N, N * N);
                    System.arraycopy(traj[s][t][1], 0, v, s * N * N, N * N);
                }
                w.writeFrame(t * 0.1, Map.of("u", u, "v", v));
            }
        }
        return file;
    }

    /** LI in whole-unroll mode, TSM in stepped mode (the whole-unroll TSM run is in the rollout test below). */
    @Test
    void liAndTsmRunsWriteModelFilesAndRefuseToOverwrite(@TempDir Path dir) throws Exception {
        Path data = dataset(dir);
        KolmogorovDataset read = KolmogorovDataset.read(data);
        assertEquals(N, read.n());
        assertEquals(2, read.trajectories().length);
        assertEquals(6, read.trajectories()[0].length);
        for (TrainingRun.Kind kind : TrainingRun.Kind.values()) {
            TrainingRecipe recipe = TrainingRecipe.parse(kind == TrainingRun.Kind.TSM ? TINY + "mode: stepped\n" : TINY);
            Path out = dir.resolve(kind.name());
            Trainer trainer = TrainingRun.run(kind, data, recipe, out, false, "eddy train test", null);
            assertEquals(3, trainer.step());
            Checkpoint model = Checkpoint.read(out.resolve(TrainingRun.MODEL));
            assertEquals(kind.name().toLowerCase(java.util.Locale.ROOT), model.meta("kind"));
            assertTrue(model.meta("config").contains("layers: 1"));
            assertTrue(model.metadata().keySet().stream().anyMatch(k -> k.startsWith("provenance/")));
            assertEquals(4, java.nio.file.Files.readAllLines(out.resolve(LossLog.FILE)).size(),
                    "the learning curve has a header and one line per step");
            assertThrows(IllegalArgumentException.class,
                    () -> TrainingRun.run(kind, data, recipe, out, false, "again", null));
        }
    }

    /** The rollout rebuilt from model.ckpt reproduces the training objective's loss with the same parameters. */
    @Test
    void rolloutFromTheModelFileReproducesTheTrainingLoss(@TempDir Path dir) throws Exception {
        Path data = dataset(dir);
        TrainingRecipe recipe = TrainingRecipe.parse(TINY);
        Trainer trainer = TrainingRun.run(TrainingRun.Kind.LI, data, recipe, dir.resolve("run"), false, "test", null);
        LiRollout rollout = LiRollout.load(dir.resolve("run").resolve(TrainingRun.MODEL), DataType.DOUBLE);
        TrajectoryWindows windows = new TrajectoryWindows(KolmogorovDataset.read(data).trajectories(), N, 2);
        int[] all = {0, 1, 2, 3, 4, 5, 6, 7};
        WholeUnrollObjective objective = new WholeUnrollObjective(FlowParameters.kolmogorov(N), recipe.liConfig(), 2,
                DataType.DOUBLE);
        Map<String, org.nd4j.linalg.api.ndarray.INDArray> params = new java.util.LinkedHashMap<>();
        Map<String, org.nd4j.linalg.api.ndarray.INDArray> shapes = objective.parameters();
        trainer.parameters().forEach((k, v) -> params.put(k, Nd4j.create(v, shapes.get(k).shape())));
        objective.setParameters(params);
        double expected = objective.loss(windows.inputs(all, DataType.DOUBLE), windows.targets(all, DataType.DOUBLE));
        double[][][] initial = dev.eddy.stencil.step.BatchArrays.toFields(windows.inputs(all, DataType.DOUBLE));
        double[][][][] predicted = rollout.rollout(initial, 2);
        double[] targets = windows.targets(all, DataType.DOUBLE).dup('c').data().asDouble();
        double sum = 0;
        int idx = 0;
        for (double[][][] sample : predicted) {
            for (double[][] frame : sample) {
                for (double[] field : frame) {
                    for (double x : field) {
                        double d = x - targets[idx++];
                        sum += d * d;
                    }
                }
            }
        }
        assertEquals(expected, sum / idx, 1e-12 * expected);
    }

    /** The chunked TSM rollout from model.ckpt reproduces the TSM training loss on one chunk, and runs past it. */
    @Test
    void tsmRolloutFromTheModelFileReproducesTheTrainingLoss(@TempDir Path dir) throws Exception {
        Path data = dataset(dir);
        TrainingRecipe recipe = TrainingRecipe.parse(TINY);
        Trainer trainer = TrainingRun.run(TrainingRun.Kind.TSM, data, recipe, dir.resolve("run"), false, "test", null);
        dev.eddy.stencil.eval.TsmRollout rollout = dev.eddy.stencil.eval.TsmRollout.load(
                dir.resolve("run").resolve(TrainingRun.MODEL), DataType.DOUBLE);
        assertEquals(3, rollout.historyFrames());
        TrajectoryWindows windows = new TrajectoryWindows(KolmogorovDataset.read(data).trajectories(), N, 2, 3);
        int[] all = {0, 1, 2, 3};
        TsmUnrollObjective objective = new TsmUnrollObjective(FlowParameters.kolmogorov(N), recipe.tsmConfig(), 2,
                DataType.DOUBLE);
        Map<String, org.nd4j.linalg.api.ndarray.INDArray> params = new java.util.LinkedHashMap<>();
        Map<String, org.nd4j.linalg.api.ndarray.INDArray> shapes = objective.parameters();
        trainer.parameters().forEach((k, v) -> params.put(k, Nd4j.create(v, shapes.get(k).shape())));
        objective.setParameters(params);
        double expected = objective.evaluate(windows, all, DataType.DOUBLE).loss();
        double[][][] inputs = dev.eddy.stencil.step.BatchArrays.toFields(windows.inputs(all, DataType.DOUBLE));
        double[][][][] history = new double[all.length][][][];
        for (int b = 0; b < all.length; b++) {
            double[][][] past = windows.history(all[b]);
            history[b] = java.util.Arrays.copyOf(past, past.length + 1);
            history[b][past.length] = inputs[b];
        }
        double[][][][] predicted = rollout.rollout(history, 2);
        double[] targets = windows.targets(all, DataType.DOUBLE).dup('c').data().asDouble();
        double sum = 0;
        int idx = 0;
        for (double[][][] sample : predicted) {
            for (double[][] frame : sample) {
                for (double[] field : frame) {
                    for (double x : field) {
                        double d = x - targets[idx++];
                        sum += d * d;
                    }
                }
            }
        }
        assertEquals(expected, sum / idx, 1e-12 * expected);
        double[][][][] longer = rollout.rollout(history, 5);
        assertEquals(5, longer[0].length);
        assertEquals(0.0, maxDiff(longer[1][1][0], predicted[1][1][0]), 0.0, "first chunk unchanged");
        assertTrue(java.util.Arrays.stream(longer[0][4][1]).allMatch(Double::isFinite));
    }

    private static double maxDiff(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    @Test
    void recipeRefusesUnknownKeysBadValuesAndNestedYaml() {
        assertThrows(IllegalArgumentException.class, () -> TrainingRecipe.parse("layer: 3"));
        assertThrows(IllegalArgumentException.class, () -> TrainingRecipe.parse("width: wide"));
        assertThrows(IllegalArgumentException.class, () -> TrainingRecipe.parse("model:\n  width: 3"));
        assertThrows(IllegalArgumentException.class, () -> TrainingRecipe.parse("seed: 0"));
        assertThrows(IllegalArgumentException.class, () -> TrainingRecipe.parse("preset: huge"));
        TrainingRecipe paper = TrainingRecipe.parse("preset: paper");
        assertEquals(32, paper.unroll());
        assertEquals(256, paper.cnn().width());
        assertEquals(256, paper.tsmConfig().features().order());
        assertTrue(paper.stepped());
    }
}
