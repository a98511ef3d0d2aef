package dev.eddy.hippo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Perturb-then-diagonalize (hippo.md §8). */
class PerturbThenDiagonalizeTest {
    private static final FrequencyGrid GRID = new FrequencyGrid(1e-3, 1e4, 801);

    @Test
    void fullLowRankPerturbationIsTheS4dNormalPart() {
        HippoOperator legs = HippoOperator.of(Measure.LEGS, 32);
        PtdResult r = PerturbThenDiagonalize.run(legs, Perturbation.lowRank(1.0), UnstablePolicy.REJECT, GRID);
        for (double re : r.eigenReal()) {
            assertEquals(-0.5, re, 1e-10);
        }
        assertEquals(1.0, r.conditionNumber(), 1e-8);
        // hippo.md §8: the S4D transfer error is far larger than sup|G_H| itself (≈ 0.7 against ≈ 0.006).
        assertTrue(r.transferError() > 50 * r.transferNorm());
        assertEquals(0, r.clamped());
    }

    @Test
    void unperturbedLegsIsHopelesslyIllConditionedAndPartialLowRankIsNot() {
        HippoOperator legs = HippoOperator.of(Measure.LEGS, 32);
        PtdResult zero = PerturbThenDiagonalize.run(legs, Perturbation.zero(), UnstablePolicy.CLAMP, GRID);
        assertTrue(zero.conditionNumber() > 1e12, "kappa " + zero.conditionNumber());
        PtdResult ptd = PerturbThenDiagonalize.run(legs, Perturbation.lowRank(0.1), UnstablePolicy.REJECT, GRID);
        assertTrue(ptd.conditionNumber() < 100, "kappa " + ptd.conditionNumber());
        assertTrue(ptd.transferError() < 0.1 * ptd.transferNorm(), "transfer error " + ptd.transferError());
    }

    @Test
    void eigenpairsAndBTildeSolveAreConsistent() {
        HippoOperator legs = HippoOperator.of(Measure.LEGS, 12);
        Perturbation e = Perturbation.random(0.02, 9);
        PtdResult r = PerturbThenDiagonalize.run(legs, e, UnstablePolicy.CLAMP, GRID);
        double[][] m = DenseMatrices.combine(1.0, legs.a(), 1.0, e.matrix(legs));
        ComplexMatrix v = r.vectors();
        int n = 12;
        for (int j = 0; j < n; j++) {
            if (r.eigenReal()[j] == -UnstablePolicy.CLAMP_MARGIN) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                double ar = 0;
                double ai = 0;
                for (int k = 0; k < n; k++) {
                    ar += m[i][k] * v.re()[k][j];
                    ai += m[i][k] * v.im()[k][j];
                }
                double lr = r.eigenReal()[j] * v.re()[i][j] - r.eigenImag()[j] * v.im()[i][j];
                double li = r.eigenReal()[j] * v.im()[i][j] + r.eigenImag()[j] * v.re()[i][j];
                assertEquals(lr, ar, 1e-9, "residual re " + i + "," + j);
                assertEquals(li, ai, 1e-9, "residual im " + i + "," + j);
            }
        }
        // Ṽ B̃ = B/‖B‖
        double[] b = legs.b();
        double norm = 0;
        for (double x : b) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < n; i++) {
            double sr = 0;
            double si = 0;
            for (int j = 0; j < n; j++) {
                sr += v.re()[i][j] * r.bTildeRe()[j] - v.im()[i][j] * r.bTildeIm()[j];
                si += v.re()[i][j] * r.bTildeIm()[j] + v.im()[i][j] * r.bTildeRe()[j];
            }
            assertEquals(b[i] / norm, sr, 1e-10);
            assertEquals(0.0, si, 1e-10);
        }
        assertEquals(0.02 * Conditioning.spectralNorm(legs.a()), r.perturbationNorm(), 1e-10);
    }

    @Test
    void unstableEigenvaluesAreRejectedOrClamped() {
        HippoOperator legs = HippoOperator.of(Measure.LEGS, 4);
        double[][] shift = new double[4][4];
        for (int i = 0; i < 4; i++) {
            shift[i][i] = 2.5;
        }
        Perturbation e = Perturbation.fixed(shift);
        assertThrows(UnstableEigenvalueException.class,
                () -> PerturbThenDiagonalize.run(legs, e, UnstablePolicy.REJECT, GRID));
        PtdResult r = PerturbThenDiagonalize.run(legs, e, UnstablePolicy.CLAMP, GRID);
        assertEquals(2, r.clamped());
        for (double re : r.eigenReal()) {
            assertTrue(re < 0);
        }
    }

    @Test
    void randomPerturbationIsReproducibleFromItsSeed() {
        HippoOperator legs = HippoOperator.of(Measure.LEGS, 6);
        double[][] a = Perturbation.random(0.1, 5).matrix(legs);
        double[][] b = Perturbation.random(0.1, 5).matrix(legs);
        double[][] c = Perturbation.random(0.1, 6).matrix(legs);
        assertEquals(0.0, DenseMatrices.maxAbsDifference(a, b));
        assertTrue(DenseMatrices.maxAbsDifference(a, c) > 0);
    }

    @Test
    void triangularTransferFunctionEqualsTheGeneralSolveOnAPermutedSystem() {
        // G is invariant under a state permutation; reversing the state order makes LegS upper triangular, so the
        // LU path runs there and the forward-substitution path here.
        int n = 10;
        HippoOperator legs = HippoOperator.of(Measure.LEGS, n);
        double[][] a = legs.a();
        double[] b = legs.b();
        double[][] pa = new double[n][n];
        double[] pb = new double[n];
        for (int i = 0; i < n; i++) {
            pb[i] = b[n - 1 - i];
            for (int j = 0; j < n; j++) {
                pa[i][j] = a[n - 1 - i][n - 1 - j];
            }
        }
        for (double w : new double[] {0.0, 0.3, 7.0, 300.0}) {
            double[] g = TransferFunction.dense(a, b, 0.3, w);
            double[] h = TransferFunction.dense(pa, pb, 0.3, w);
            assertEquals(h[0], g[0], 1e-12 * Math.hypot(h[0], h[1]));
            assertEquals(h[1], g[1], 1e-12 * Math.hypot(h[0], h[1]));
        }
    }
}
