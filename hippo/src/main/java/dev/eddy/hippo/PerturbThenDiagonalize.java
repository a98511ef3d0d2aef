package dev.eddy.hippo;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Perturb-then-diagonalize (PTD; Yu et al., ICLR 2024; hippo.md §8): diagonalize {@code A_H + E = Ṽ Λ̃ Ṽ^{-1}} and
 * initialise a diagonal SSM with {@code A = Λ̃}, {@code B̃ = Ṽ^{-1} B} (a linear solve) and {@code C̃ = C Ṽ}.
 *
 * <p>The real nonsymmetric eigenproblem is solved by Commons Math {@link EigenDecomposition} (Hessenberg + real
 * Schur, JAMA lineage), which returns a real V with a 2×2 block {@code [[p, z], [-z, p]]} in D per complex pair;
 * the complex eigenvector of {@code λ = p + iz} is {@code V[:, j] + i V[:, j+1]} and its conjugate belongs to
 * {@code p - iz}. Reported: the eigenvalues, κ₂(Ṽ) with unit-norm columns, B̃, and
 * {@code sup_ω |G_PTD(iω) - G_H(iω)|} with {@code G(s) = C (sI - A)^{-1} B}, B = B_H/‖B_H‖, C = 1/√N.
 */
public final class PerturbThenDiagonalize {
    private PerturbThenDiagonalize() {
    }

    /** Runs PTD on {@code hippo} (usually LegS) with the given perturbation and unstable-eigenvalue policy. */
    public static PtdResult run(HippoOperator hippo, Perturbation perturbation, UnstablePolicy policy,
                                FrequencyGrid grid) {
        int n = hippo.order();
        double[][] ah = hippo.a();
        double[][] e = perturbation.matrix(hippo);
        double[][] perturbed = DenseMatrices.combine(1.0, ah, 1.0, e);
        EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(perturbed, false));
        RealMatrix d = eig.getD();
        RealMatrix v = eig.getV();
        double[] lre = new double[n];
        double[] lim = new double[n];
        double[][] vre = new double[n][n];
        double[][] vim = new double[n][n];
        for (int j = 0; j < n; j++) {
            boolean pair = j + 1 < n && d.getEntry(j, j + 1) != 0.0;
            if (!pair) {
                lre[j] = d.getEntry(j, j);
                for (int i = 0; i < n; i++) {
                    vre[i][j] = v.getEntry(i, j);
                }
                continue;
            }
            double p = d.getEntry(j, j);
            double z = d.getEntry(j, j + 1);
            lre[j] = p;
            lim[j] = z;
            lre[j + 1] = p;
            lim[j + 1] = -z;
            for (int i = 0; i < n; i++) {
                vre[i][j] = v.getEntry(i, j);
                vim[i][j] = v.getEntry(i, j + 1);
                vre[i][j + 1] = v.getEntry(i, j);
                vim[i][j + 1] = -v.getEntry(i, j + 1);
            }
            j++;
        }
        int clamped = 0;
        for (int j = 0; j < n; j++) {
            if (!(lre[j] < 0.0)) {
                if (policy == UnstablePolicy.REJECT) {
                    throw new UnstableEigenvalueException("perturbed matrix has an eigenvalue with Re >= 0 ("
                            + lre[j] + (lim[j] >= 0 ? " + " : " - ") + Math.abs(lim[j]) + "i); use clamping or a "
                            + "smaller perturbation");
                }
                lre[j] = -UnstablePolicy.CLAMP_MARGIN;
                clamped++;
            }
        }
        ComplexMatrix vectors = new ComplexMatrix(vre, vim).withUnitColumns();
        double kappa = Conditioning.kappa2UnitColumns(vectors);
        double[] b = hippo.b();
        double bnorm = 0.0;
        for (double x : b) {
            bnorm += x * x;
        }
        bnorm = Math.sqrt(bnorm);
        for (int i = 0; i < n; i++) {
            b[i] /= bnorm;
        }
        double[][] bt = ComplexLinearSolver.of(vectors).solve(b, new double[n]);
        double c = 1.0 / Math.sqrt(n);
        double[] ctRe = new double[n];
        double[] ctIm = new double[n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                ctRe[j] += c * vectors.re()[i][j];
                ctIm[j] += c * vectors.im()[i][j];
            }
        }
        double sup = 0.0;
        double supH = 0.0;
        for (double w : grid.omegas()) {
            double[] gh = TransferFunction.dense(ah, b, c, w);
            double gr = 0.0;
            double gi = 0.0;
            for (int j = 0; j < n; j++) {
                double wr = ctRe[j] * bt[0][j] - ctIm[j] * bt[1][j];
                double wi = ctRe[j] * bt[1][j] + ctIm[j] * bt[0][j];
                double dr = -lre[j];
                double di = w - lim[j];
                double den = dr * dr + di * di;
                gr += (wr * dr + wi * di) / den;
                gi += (wi * dr - wr * di) / den;
            }
            sup = Math.max(sup, Math.hypot(gr - gh[0], gi - gh[1]));
            supH = Math.max(supH, Math.hypot(gh[0], gh[1]));
        }
        return new PtdResult(lre, lim, vectors, kappa, bt[0], bt[1], sup, supH, clamped,
                Conditioning.spectralNorm(e));
    }
}
