package dev.eddy.hippo;

import static dev.eddy.hippo.ReferenceAssertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import java.util.stream.Stream;

/** A and B of every measure at N = 8 and 64 against the 60-digit reference generator, to 1e-12. */
class HippoOperatorReferenceTest {

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (Measure m : Measure.values()) {
            for (int n : new int[] {8, 64}) {
                if (m.windowed()) {
                    b.add(Arguments.of(m, n, "1"));
                    b.add(Arguments.of(m, n, "0.25"));
                    b.add(Arguments.of(m, n, "0.3"));
                } else {
                    b.add(Arguments.of(m, n, "1"));
                }
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} N={1} theta={2}")
    @MethodSource("cases")
    void matricesMatchExactReference(Measure measure, int n, String theta) {
        BigDecimal[][][] ref = ExactReference.operator(measure, n, new BigDecimal(theta));
        HippoOperator op = HippoOperator.of(measure, n, Double.parseDouble(theta));
        assertClose(ExactReference.toDouble(ref[0]), op.a(), 1e-12, measure + " A");
        assertClose(ExactReference.column(ref[1]), op.b(), 1e-12, measure + " B");
    }

    @ParameterizedTest
    @EnumSource(Measure.class)
    void nplrNormalPartIsShiftedSkew(Measure measure) {
        HippoOperator op = HippoOperator.of(measure, 16, 0.7);
        NplrForm nplr = op.nplr();
        double[][] k = nplr.skewPart();
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                assertEquals(-k[j][i], k[i][j], 1e-13, "skew at " + i + "," + j);
            }
        }
        double[][] rebuilt = DenseMatrices.combine(1.0, nplr.normalPart(), -1.0, nplr.lowRankProduct());
        assertClose(op.a(), rebuilt, 1e-14, "A = S - PᵀP");
        double expectedShift = measure == Measure.LEGS || measure == Measure.LAGT ? -0.5 : 0.0;
        assertEquals(expectedShift, nplr.shift());
        assertEquals(measure == Measure.LEGT ? 2 : 1, nplr.rank());
    }

    @Test
    void legsLowRankFactorIsBOverRootTwo() {
        HippoOperator op = HippoOperator.of(Measure.LEGS, 10);
        double[] b = op.b();
        double[] p = op.nplr().lowRank()[0];
        for (int i = 0; i < 10; i++) {
            assertEquals(b[i] / Math.sqrt(2.0), p[i], 1e-15);
        }
    }

    @Test
    void legsBasisIsTheImpulseResponse() {
        // (e^{sA} B)_n = sqrt(2n+1) P_n(2e^{-s} - 1) e^{-s}  (hippo.md §2, exact identity)
        HippoOperator op = HippoOperator.of(Measure.LEGS, 12);
        for (double s : new double[] {0.0, 0.3, 1.7}) {
            double[] impulse = DenseMatrices.multiply(MatrixExponential.exp(DenseMatrices.scale(s, op.a())), op.b());
            double[] basis = op.basis(s);
            for (int n = 0; n < 12; n++) {
                assertEquals(basis[n] * Math.exp(-s), impulse[n], 1e-12 * Math.max(1.0, Math.abs(impulse[n])));
            }
        }
    }

    @Test
    void legtDelayReadoutPeaksAtTheta() {
        double theta = 0.5;
        HippoOperator op = HippoOperator.of(Measure.LEGT, 16, theta);
        double[] c = new double[16];
        for (int n = 0; n < 16; n++) {
            c[n] = Math.sqrt(2.0 * n + 1.0) * (n % 2 == 0 ? 1 : -1);
        }
        double bestT = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 1; i <= 200; i++) {
            double t = i * 0.005;
            double[] x = DenseMatrices.multiply(MatrixExponential.exp(DenseMatrices.scale(t, op.a())), op.b());
            double k = 0;
            for (int n = 0; n < 16; n++) {
                k += c[n] * x[n];
            }
            if (k > best) {
                best = k;
                bestT = t;
            }
        }
        assertEquals(theta, bestT, 0.05);
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> HippoOperator.of(Measure.LEGS, 0));
        assertThrows(IllegalArgumentException.class, () -> HippoOperator.of(Measure.LEGT, 4, -1.0));
        assertThrows(IllegalArgumentException.class, () -> HippoOperator.of(Measure.FOUT, 4, Double.NaN));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Measure.fromName("legz"));
        assertTrue(e.getMessage().contains("lagt-httyh"));
        assertEquals(Measure.LAGT_HTTYH, Measure.fromName("LAGT-HTTYH"));
    }
}
