package dev.eddy.hippo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** LegS normal-part eigenvalues and the conditioning of the LegS eigenvectors (hippo.md §6, §7). */
class LegsSpectrumTest {

    @ParameterizedTest
    @ValueSource(ints = {8, 16, 64})
    void normalPartEigenvaluesLieOnReMinusHalfAndMatchAGeneralEigOfS(int n) {
        NplrForm nplr = HippoOperator.of(Measure.LEGS, n).nplr();
        NormalEigensystem eig = NormalEigensystem.of(nplr);
        assertEquals(-0.5, eig.shift());
        // Independent route: Commons Math's nonsymmetric (Schur) eigensolver on S itself; S is normal, so it is
        // well conditioned and every eigenvalue must come out at Re = -1/2.
        EigenDecomposition general = new EigenDecomposition(new Array2DRowRealMatrix(nplr.normalPart()));
        double[] re = general.getRealEigenvalues();
        double[] im = general.getImagEigenvalues().clone();
        for (double r : re) {
            assertEquals(-0.5, r, 1e-12);
        }
        java.util.Arrays.sort(im);
        double scale = Math.max(1.0, Math.abs(im[n - 1]));
        for (int k = 0; k < n; k++) {
            assertEquals(im[k], eig.imag()[k], 1e-12 * scale, "Im lambda_" + k);
        }
        // S V = V Λ and V^*V = I
        ComplexMatrix v = eig.vectors();
        double[][] s = nplr.normalPart();
        for (int col = 0; col < n; col++) {
            for (int i = 0; i < n; i++) {
                double sr = 0;
                double si = 0;
                for (int j = 0; j < n; j++) {
                    sr += s[i][j] * v.re()[j][col];
                    si += s[i][j] * v.im()[j][col];
                }
                double lr = -0.5 * v.re()[i][col] - eig.imag()[col] * v.im()[i][col];
                double li = -0.5 * v.im()[i][col] + eig.imag()[col] * v.re()[i][col];
                assertEquals(lr, sr, 1e-11 * scale);
                assertEquals(li, si, 1e-11 * scale);
            }
        }
        assertEquals(1.0, Conditioning.kappa2UnitColumns(v), 1e-10);
    }

    @Test
    void closedFormEigenvectorsSatisfyAVEqualsVLambdaExactly() {
        int n = 16;
        BigDecimal[][] a = ExactReference.operator(Measure.LEGS, n, BigDecimal.ONE)[0];
        BigDecimal[][] v = exactClosedForm(n);
        BigDecimal[][] av = ExactReference.multiply(a, v);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                BigDecimal residual = av[i][j].add(BigDecimal.valueOf(j + 1).multiply(v[i][j]));
                assertTrue(residual.abs().compareTo(new BigDecimal("1e-40")) < 0, "A v = -(j+1) v at " + i + "," + j);
            }
        }
        double[][] vd = LegsEigenvectors.closedForm(n);
        ReferenceAssertions.assertClose(ExactReference.toDouble(v), vd, 1e-15, "closed-form V");
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 6, 8, 12, 16})
    void conditionNumberMatchesHighPrecisionGramSpectrum(int n) {
        double reference = exactKappa(n);
        double kappa = LegsEigenvectors.conditionNumber(n);
        // The double-precision SVD resolves σ_min to about eps·σ_max, i.e. a relative error ~ eps·κ.
        double tol = Math.max(1e-12, 4e-16 * reference);
        assertEquals(reference, kappa, tol * reference, "kappa(V) N=" + n);
    }

    @Test
    void conditionNumberIsHugeFromThirtyTwoOn() {
        assertTrue(LegsEigenvectors.conditionNumber(32) > 1e15);
    }

    /** V_ij = (-1)^{i-j} C(i+j, i-j) sqrt(2i+1) in 60 digits. */
    private static BigDecimal[][] exactClosedForm(int n) {
        BigDecimal[][] v = ExactReference.zeros(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                java.math.BigInteger binom = java.math.BigInteger.ONE;
                for (int t = 0; t < i - j; t++) {
                    binom = binom.multiply(java.math.BigInteger.valueOf(i + j - t))
                            .divide(java.math.BigInteger.valueOf(t + 1));
                }
                BigDecimal e = new BigDecimal(binom).multiply(ExactReference.sqrt(2L * i + 1));
                v[i][j] = (i - j) % 2 == 0 ? e : e.negate();
            }
        }
        return v;
    }

    /** κ₂ of V with unit columns = sqrt(λmax/λmin) of the Gram matrix, eigenvalues by 60-digit Jacobi. */
    private static double exactKappa(int n) {
        BigDecimal[][] v = exactClosedForm(n);
        for (int j = 0; j < n; j++) {
            BigDecimal s = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                s = s.add(v[i][j].multiply(v[i][j]));
            }
            BigDecimal norm = s.sqrt(ExactReference.MC);
            for (int i = 0; i < n; i++) {
                v[i][j] = v[i][j].divide(norm, ExactReference.MC);
            }
        }
        BigDecimal[][] vt = ExactReference.zeros(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                vt[i][j] = v[j][i];
            }
        }
        BigDecimal[] ev = ExactReference.symmetricEigenvalues(ExactReference.multiply(vt, v));
        BigDecimal max = ev[0];
        BigDecimal min = ev[0];
        for (BigDecimal e : ev) {
            max = e.max(max);
            min = e.min(min);
        }
        return max.divide(min, ExactReference.MC).sqrt(ExactReference.MC).doubleValue();
    }
}
