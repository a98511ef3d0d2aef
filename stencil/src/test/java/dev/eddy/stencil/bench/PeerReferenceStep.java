package dev.eddy.stencil.bench;

import dev.eddy.stencil.model.StencilConstraint;
import dev.eddy.stencil.step.BatchArrays;
import dev.eddy.stencil.step.FlowParameters;
import dev.eddy.stencil.step.FvStepGraph;
import dev.eddy.stencil.train.SyntheticFlows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Writes one learned finite-volume step of {@link FvStepGraph} (published LI: TVD wrap, no Lax–Wendroff term) in double
 * precision, for {@code bench/stencil/peer_torch.py --compare}, which recomputes it with the PyTorch peer and reports
 * the difference: evidence that the peer times the same scheme. Not a test (the comparison happens in the peer).
 *
 * <p>Input: B = 2 random divergence-free 16² states of max speed 7 and per-cell coefficients = linear-interpolation
 * bias + 0.2 × standard normal noise (any coefficients are valid input to the step). File
 * {@code stencil/target/bench/peer-reference.txt}: line 1 {@code B N}, then the state {@code [B, 2, N, N]}, the
 * coefficients {@code [B, 128, N, N]} and the next state, one array per line, C order.
 */
@Tag("benchmark")
class PeerReferenceStep {

    private static final int BATCH = 2;
    private static final int N = 16;

    /** Entry point for {@code bench/stencil/run.sh} (run from the module directory, like Surefire). */
    public static void main(String[] args) throws IOException {
        new PeerReferenceStep().write();
    }

    @Test
    void write() throws IOException {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        FlowParameters flow = FlowParameters.kolmogorov(N);
        double[][][] fields = new double[BATCH][][];
        for (int b = 0; b < BATCH; b++) {
            fields[b] = SyntheticFlows.divergenceFree(N, 4, 7.0, 300 + b);
        }
        INDArray w0 = BatchArrays.toArray(fields, N, DataType.DOUBLE);
        double[] bias = StencilConstraint.mapBias();
        double[] coefficients = new double[BATCH * bias.length * N * N];
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < coefficients.length; i++) {
            int channel = (i / (N * N)) % bias.length;
            coefficients[i] = bias[channel] + 0.2 * random.nextGaussian();
        }
        INDArray coef = Nd4j.create(coefficients, new long[] {BATCH, bias.length, N, N});
        SameDiff sd = SameDiff.create();
        SDVariable w = sd.placeHolder("w", DataType.DOUBLE, BATCH, 2, N, N);
        SDVariable c = sd.placeHolder("c", DataType.DOUBLE, BATCH, bias.length, N, N);
        SDVariable next = sd.identity("next", new FvStepGraph(sd, flow, DataType.DOUBLE).learnedStep(w, c, true, false));
        INDArray out = sd.output(Map.of("w", w0, "c", coef), next.name()).get(next.name());
        Path file = Path.of("target", "bench", "peer-reference.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, BATCH + " " + N + "\n" + line(w0) + line(coef) + line(out));
    }

    private static String line(INDArray a) {
        StringJoiner j = new StringJoiner(" ", "", "\n");
        for (double x : a.dup('c').data().asDouble()) {
            j.add(String.format(Locale.ROOT, "%.17g", x));
        }
        return j.toString();
    }
}
