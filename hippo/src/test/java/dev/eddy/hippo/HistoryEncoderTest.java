package dev.eddy.hippo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The batched encoder equals the single-sequence paths exactly, and the independent recurrences closely. */
class HistoryEncoderTest {
    private static final int CELLS = 37;
    private static final int CHANNELS = 2;
    private static final int FRAMES = 32;

    static Stream<Arguments> schedules() {
        return Stream.of(
                Arguments.of("lagt-httyh bilinear dt=1 (TSM)", LtiProjection.of(
                        HippoOperator.of(Measure.LAGT_HTTYH, 24), Discretization.BILINEAR, 1.0).schedule()),
                Arguments.of("legt zoh", LtiProjection.of(
                        HippoOperator.of(Measure.LEGT, 20, 8.0), Discretization.ZOH, 0.25).schedule()),
                Arguments.of("fout forward-euler", LtiProjection.of(
                        HippoOperator.of(Measure.FOUT, 16, 32.0), Discretization.FORWARD_EULER, 0.05).schedule()),
                Arguments.of("legs interval bilinear", LegsOnlineProjection.of(
                        24, LegsConvention.INTERVAL, Discretization.BILINEAR)),
                Arguments.of("legs hippo-code zoh", LegsOnlineProjection.of(
                        16, LegsConvention.HIPPO_CODE, Discretization.ZOH)));
    }

    private static double[] history() {
        Random random = new Random(42);
        double[] h = new double[CELLS * CHANNELS * FRAMES];
        for (int i = 0; i < h.length; i++) {
            h[i] = random.nextGaussian();
        }
        return h;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schedules")
    void batchedEqualsSingleSequenceExactly(String name, StepSchedule schedule) {
        HistoryEncoder encoder = HistoryEncoder.of(schedule, FRAMES);
        int n = encoder.order();
        int sequences = CELLS * CHANNELS;
        double[] h = history();
        double[] whole = new double[sequences * n];
        encoder.encode(h, CELLS, CHANNELS, whole);

        HistoryEncoder.Stream stream = encoder.newStream(sequences);
        double[] frame = new double[sequences];
        for (int t = 0; t < FRAMES; t++) {
            for (int s = 0; s < sequences; s++) {
                frame[s] = h[s * FRAMES + t];
            }
            stream.push(frame);
        }
        double[] streamed = stream.coefficients().clone();

        for (int s = 0; s < sequences; s++) {
            double[] u = Arrays.copyOfRange(h, s * FRAMES, (s + 1) * FRAMES);
            double[] single = encoder.encodeSequence(u);
            assertArrayEquals(single, Arrays.copyOfRange(whole, s * n, (s + 1) * n), 0.0, "whole history seq " + s);
            HistoryEncoder.Stream one = encoder.newStream(1);
            for (double v : u) {
                one.push(new double[] {v});
            }
            assertArrayEquals(one.coefficients(), Arrays.copyOfRange(streamed, s * n, (s + 1) * n), 0.0,
                    "streaming seq " + s);
            double[] reference = independentRecurrence(schedule, u);
            ReferenceAssertions.assertClose(reference, single, 1e-12, "whole vs recurrence");
            ReferenceAssertions.assertClose(reference, one.coefficients(), 1e-12, "stream vs recurrence");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schedules")
    void floatPathEqualsItsSingleSequenceAndTracksDouble(String name, StepSchedule schedule) {
        HistoryEncoder encoder = HistoryEncoder.of(schedule, FRAMES);
        int n = encoder.order();
        int sequences = CELLS * CHANNELS;
        double[] h = history();
        float[] hf = new float[h.length];
        for (int i = 0; i < h.length; i++) {
            hf[i] = (float) h[i];
        }
        float[] whole = new float[sequences * n];
        encoder.encode(hf, CELLS, CHANNELS, whole);
        HistoryEncoder.FloatStream stream = encoder.newFloatStream(sequences);
        float[] frame = new float[sequences];
        for (int t = 0; t < FRAMES; t++) {
            for (int s = 0; s < sequences; s++) {
                frame[s] = hf[s * FRAMES + t];
            }
            stream.push(frame);
        }
        double[] wholeD = new double[sequences * n];
        encoder.encode(h, CELLS, CHANNELS, wholeD);
        for (int s = 0; s < sequences; s++) {
            float[] u = Arrays.copyOfRange(hf, s * FRAMES, (s + 1) * FRAMES);
            assertArrayEquals(encoder.encodeSequence(u), Arrays.copyOfRange(whole, s * n, (s + 1) * n), 0.0f);
            HistoryEncoder.FloatStream one = encoder.newFloatStream(1);
            for (float v : u) {
                one.push(new float[] {v});
            }
            assertArrayEquals(one.coefficients(), Arrays.copyOfRange(stream.coefficients(), s * n, (s + 1) * n),
                    0.0f);
        }
        double scale = 0;
        double worst = 0;
        for (int i = 0; i < wholeD.length; i++) {
            scale = Math.max(scale, Math.abs(wholeD[i]));
            worst = Math.max(worst, Math.abs(wholeD[i] - whole[i]));
        }
        assertTrue(worst <= 1e-5 * scale, "float deviates " + worst + " at scale " + scale);
    }

    /** The plain per-sequence recurrence through the public single-sequence projections. */
    private static double[] independentRecurrence(StepSchedule schedule, double[] u) {
        if (schedule instanceof LegsOnlineProjection legs) {
            return legs.project(u);
        }
        double[] x = new double[schedule.order()];
        for (double v : u) {
            x = schedule.stepAt(0).step(x, v);
        }
        return x;
    }

    @Test
    void timeVaryingStreamRefusesFramesBeyondItsPrecomputedSteps() {
        HistoryEncoder encoder = HistoryEncoder.of(
                LegsOnlineProjection.of(4, LegsConvention.INTERVAL, Discretization.BILINEAR), 2);
        HistoryEncoder.Stream stream = encoder.newStream(1);
        stream.push(new double[] {1});
        stream.push(new double[] {1});
        assertThrows(IllegalStateException.class, () -> stream.push(new double[] {1}));
    }

    @Test
    void rejectsWrongShapes() {
        HistoryEncoder encoder = HistoryEncoder.of(
                LtiProjection.of(HippoOperator.of(Measure.LAGT, 4), Discretization.BILINEAR, 1.0).schedule(), 3);
        assertThrows(IllegalArgumentException.class, () -> encoder.encode(new double[5], 1, 2, new double[8]));
        assertThrows(IllegalArgumentException.class, () -> encoder.encode(new double[6], 1, 2, new double[7]));
        assertThrows(IllegalArgumentException.class, () -> HistoryEncoder.of(
                LtiProjection.of(HippoOperator.of(Measure.LAGT, 4), Discretization.BILINEAR, 1.0).schedule(), 0));
    }
}
