package dev.eddy.hippo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** S4D kernels against an independent direct computation (full conjugate-pair state, explicit recurrence). */
class S4dKernelTest {

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (S4dInit init : S4dInit.values()) {
            for (Discretization d : new Discretization[] {Discretization.ZOH, Discretization.BILINEAR}) {
                for (double dt : new double[] {1e-3, 0.05, 0.7}) {
                    b.add(Arguments.of(init, d, dt));
                }
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} {1} dt={2}")
    @MethodSource("cases")
    void vandermondeKernelEqualsImpulseResponseRecurrence(S4dInit init, Discretization disc, double dt) {
        int stateSize = 16;
        int length = 200;
        DiagonalSsm ssm = init.create(stateSize);
        Random random = new Random(3);
        double[] cRe = new double[ssm.modes()];
        double[] cIm = new double[ssm.modes()];
        for (int n = 0; n < ssm.modes(); n++) {
            cRe[n] = random.nextGaussian();
            cIm[n] = random.nextGaussian();
        }
        double[] kernel = S4dKernel.compute(ssm, cRe, cIm, dt, length, disc);
        double[] direct = recurrence(ssm, cRe, cIm, dt, length, disc);
        ReferenceAssertions.assertClose(direct, kernel, 1e-12, init + " " + disc);
    }

    /**
     * The kernel of the full 2M-mode complex system (each stored mode plus its conjugate) by the explicit
     * recurrence {@code x_0 = B̄, x_l = Ā x_{l-1}}, {@code K_l = Re Σ C x_l}, in Commons Math complex arithmetic.
     */
    private static double[] recurrence(DiagonalSsm ssm, double[] cRe, double[] cIm, double dt, int length,
                                       Discretization disc) {
        int m = ssm.modes();
        Complex[] abar = new Complex[2 * m];
        Complex[] x = new Complex[2 * m];
        Complex[] c = new Complex[2 * m];
        for (int n = 0; n < m; n++) {
            Complex a = new Complex(ssm.aRe()[n], ssm.aIm()[n]);
            Complex b = new Complex(ssm.bRe()[n], ssm.bIm()[n]);
            Complex ab;
            Complex bb;
            if (disc == Discretization.ZOH) {
                ab = a.multiply(dt).exp();
                // (e^{ΔA} - 1)/A by its power series Δ Σ (ΔA)^k/(k+1)! for small |ΔA|, directly otherwise
                if (a.multiply(dt).abs() < 0.5) {
                    Complex term = new Complex(dt);
                    Complex sum = term;
                    for (int k = 1; k < 30; k++) {
                        term = term.multiply(a.multiply(dt)).divide(k + 1);
                        sum = sum.add(term);
                    }
                    bb = sum.multiply(b);
                } else {
                    bb = ab.subtract(1.0).divide(a).multiply(b);
                }
            } else {
                Complex half = a.multiply(dt / 2);
                ab = half.add(1.0).divide(Complex.ONE.subtract(half));
                bb = b.multiply(dt).divide(Complex.ONE.subtract(half));
            }
            abar[n] = ab;
            abar[n + m] = ab.conjugate();
            x[n] = bb;
            x[n + m] = bb.conjugate();
            c[n] = new Complex(cRe[n], cIm[n]);
            c[n + m] = c[n].conjugate();
        }
        double[] k = new double[length];
        for (int l = 0; l < length; l++) {
            double s = 0.0;
            for (int n = 0; n < 2 * m; n++) {
                s += c[n].multiply(x[n]).getReal();
                x[n] = abar[n].multiply(x[n]);
            }
            k[l] = s;
        }
        return k;
    }

    @Test
    void legsDiagonalKernelIsHalfTheNormalPartKernel() {
        // S4D-LegS: A = Λ (Im > 0 half), B̃ = ½ V^* B, C̃ = C V  ⇒  2 Re Σ_half = ½ C Ā_S^l B̄_S (dense S, ZOH).
        int n = 16;
        double dt = 0.1;
        HippoOperator legs = HippoOperator.of(Measure.LEGS, n);
        NplrForm nplr = legs.nplr();
        NormalEigensystem eig = NormalEigensystem.of(nplr);
        DiagonalSsm ssm = S4dInit.LEGS.create(n);
        double[] c = new double[n];
        Random random = new Random(11);
        for (int i = 0; i < n; i++) {
            c[i] = random.nextGaussian();
        }
        double[] cRe = new double[n / 2];
        double[] cIm = new double[n / 2];
        for (int mode = 0; mode < n / 2; mode++) {
            int col = n / 2 + mode;
            for (int i = 0; i < n; i++) {
                cRe[mode] += c[i] * eig.vectors().re()[i][col];
                cIm[mode] += c[i] * eig.vectors().im()[i][col];
            }
            assertEquals(-0.5, ssm.aRe()[mode]);
            assertTrue(ssm.aIm()[mode] > 0);
        }
        double[] kernel = S4dKernel.compute(ssm, cRe, cIm, dt, 100, Discretization.ZOH);
        DiscreteSystem dense = Discretization.ZOH.apply(nplr.normalPart(), legs.b(), dt);
        double[] x = dense.bd();
        double[] expected = new double[100];
        for (int l = 0; l < 100; l++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += c[i] * x[i];
            }
            expected[l] = 0.5 * s;
            x = DenseMatrices.multiply(dense.ad(), x);
        }
        ReferenceAssertions.assertClose(expected, kernel, 1e-12, "S4D-LegS vs normal part");
    }

    @Test
    void initializationsFollowTheirFormulas() {
        DiagonalSsm lin = S4dInit.LIN.create(8);
        DiagonalSsm inv = S4dInit.INV.create(8);
        DiagonalSsm real = S4dInit.REAL.create(8);
        for (int n = 0; n < 4; n++) {
            assertEquals(-0.5, lin.aRe()[n]);
            assertEquals(Math.PI * n, lin.aIm()[n], 1e-15);
            assertEquals(8 / Math.PI * (8.0 / (2 * n + 1) - 1), inv.aIm()[n], 1e-13);
            assertEquals(-(n + 1.0), real.aRe()[n]);
            assertEquals(0.0, real.aIm()[n]);
            assertEquals(1.0, lin.bRe()[n]);
        }
        assertThrows(IllegalArgumentException.class, () -> S4dInit.LIN.create(7));
        assertThrows(IllegalArgumentException.class, () -> S4dInit.LIN.create(0));
    }

    @Test
    void zohInputMatrixKeepsDigitsForTinySteps() {
        // With Δ = 1e-9, (e^{ΔA} - 1)/A = Δ(1 + ΔA/2 + …): the kernel at l = 0 is 2 Re(C B̄) ≈ 2Δ.
        DiagonalSsm ssm = new DiagonalSsm(new double[] {-0.5}, new double[] {3.0}, new double[] {1.0},
                new double[] {0.0});
        double dt = 1e-9;
        double[] k = S4dKernel.compute(ssm, dt, 1, Discretization.ZOH);
        double expected = 2.0 * dt * (1.0 + dt * -0.5 / 2.0);
        assertEquals(expected, k[0], 1e-15 * expected);
    }

    @Test
    void deltaInitCoversTheRange() {
        double[] dt = DeltaInit.logUniform(DeltaInit.DEFAULT_MIN, DeltaInit.DEFAULT_MAX, 1000, 5);
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        double meanLog = 0;
        for (double d : dt) {
            lo = Math.min(lo, d);
            hi = Math.max(hi, d);
            meanLog += Math.log(d) / dt.length;
        }
        assertTrue(lo >= 1e-3 && hi <= 1e-1);
        assertEquals(Math.log(1e-2), meanLog, 0.1);
        double[] g = DeltaInit.geometric(1e-3, 1e-1, 3);
        assertEquals(1e-2, g[1], 1e-15);
        assertThrows(IllegalArgumentException.class, () -> DeltaInit.geometric(0, 1, 3));
    }
}
