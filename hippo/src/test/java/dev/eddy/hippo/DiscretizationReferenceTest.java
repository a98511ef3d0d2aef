package dev.eddy.hippo;

import static dev.eddy.hippo.ReferenceAssertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every discretization of LegS and LegT at N = 8 against the 60-digit reference, to 1e-12. */
class DiscretizationReferenceTest {

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (Measure m : new Measure[] {Measure.LEGS, Measure.LEGT}) {
            for (String dt : new String[] {"0.01", "0.1", "1"}) {
                for (Discretization d : Discretization.values()) {
                    b.add(Arguments.of(m, dt, d));
                }
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} dt={1} {2}")
    @MethodSource("cases")
    void matchesExactReference(Measure measure, String dt, Discretization disc) {
        BigDecimal theta = new BigDecimal("0.25");
        BigDecimal[][][] op = ExactReference.operator(measure, 8, theta);
        BigDecimal[][][] ref = ExactReference.discretize(op[0], op[1], new BigDecimal(dt), disc.cliName(), null);
        DiscreteSystem sys = disc.apply(HippoOperator.of(measure, 8, 0.25), Double.parseDouble(dt));
        assertClose(ExactReference.toDouble(ref[0]), sys.ad(), 1e-12, measure + " " + disc + " Ad");
        assertClose(ExactReference.column(ref[1]), sys.bd(), 1e-12, measure + " " + disc + " Bd");
    }

    @Test
    void gbtWithGeneralAlphaMatchesReference() {
        for (Measure measure : new Measure[] {Measure.LEGS, Measure.LEGT}) {
            BigDecimal[][][] op = ExactReference.operator(measure, 8, BigDecimal.ONE);
            BigDecimal[][][] ref = ExactReference.discretize(op[0], op[1], new BigDecimal("0.05"), "gbt",
                    new BigDecimal("0.3"));
            HippoOperator h = HippoOperator.of(measure, 8, 1.0);
            DiscreteSystem sys = Discretization.gbt(h.a(), h.b(), 0.05, 0.3);
            assertClose(ExactReference.toDouble(ref[0]), sys.ad(), 1e-12, "GBT Ad");
            assertClose(ExactReference.column(ref[1]), sys.bd(), 1e-12, "GBT Bd");
        }
    }

    @Test
    void gbtEndpointsAreTheNamedSchemes() {
        HippoOperator h = HippoOperator.of(Measure.LEGT, 6, 0.5);
        double dt = 0.02;
        assertClose(Discretization.FORWARD_EULER.apply(h, dt).ad(), Discretization.gbt(h.a(), h.b(), dt, 0).ad(), 0,
                "alpha 0");
        assertClose(Discretization.BACKWARD_EULER.apply(h, dt).ad(), Discretization.gbt(h.a(), h.b(), dt, 1).ad(), 0,
                "alpha 1");
        assertClose(Discretization.BILINEAR.apply(h, dt).ad(), Discretization.gbt(h.a(), h.b(), dt, 0.5).ad(), 0,
                "alpha 1/2");
    }

    @Test
    void zohHandlesSingularA() {
        // FouT has a zero row (the dummy sin0 state), so A is singular: the augmented exponential still works.
        HippoOperator fout = HippoOperator.of(Measure.FOUT, 8, 1.0);
        DiscreteSystem sys = Discretization.ZOH.apply(fout, 0.1);
        assertEquals(1.0, sys.ad()[1][1], 1e-15);
        assertEquals(0.0, sys.bd()[1], 1e-15);
        for (double[] row : sys.ad()) {
            for (double v : row) {
                assertTrue(Double.isFinite(v));
            }
        }
    }

    @Test
    void matrixExponentialMatchesTaylorReferenceAcrossPadeDegrees() {
        Random random = new Random(7);
        for (double scale : new double[] {1e-3, 0.1, 0.8, 2.0, 4.5, 40.0}) {
            int n = 6;
            double[][] a = new double[n][n];
            BigDecimal[][] ab = new BigDecimal[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] = scale * (random.nextDouble() - 0.5) / n;
                    ab[i][j] = new BigDecimal(a[i][j]);
                }
            }
            assertClose(ExactReference.toDouble(ExactReference.exp(ab)), MatrixExponential.exp(a), 1e-13,
                    "expm at scale " + scale);
        }
    }

    @Test
    void lowerTriangularSolvesUseForwardSubstitution() {
        HippoOperator legs = HippoOperator.of(Measure.LEGS, 5);
        assertTrue(LinearSolver.of(DenseMatrices.identityPlus(-0.5, legs.a())).usesForwardSubstitution());
        HippoOperator legt = HippoOperator.of(Measure.LEGT, 5, 1.0);
        LinearSolver general = LinearSolver.of(DenseMatrices.identityPlus(-0.5, legt.a()));
        assertTrue(!general.usesForwardSubstitution());
        double[] rhs = {1, 2, 3, 4, 5};
        double[] x = general.solve(rhs);
        double[] back = DenseMatrices.multiply(DenseMatrices.identityPlus(-0.5, legt.a()), x);
        assertClose(rhs, back, 1e-14, "LU residual");
    }
}
