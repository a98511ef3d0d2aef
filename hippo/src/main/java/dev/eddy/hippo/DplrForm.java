package dev.eddy.hippo;

/**
 * The diagonal-plus-low-rank form of a HiPPO operator (S4, Gu, Goel, Ré, ICLR 2022, §3.3; hippo.md §6): with the
 * normal part {@code S = V Λ V^*} (V unitary, from {@link NormalEigensystem}),
 * <pre>
 * A = V (Λ - P̃ P̃^*) V^*,   P̃ = V^* Pᵀ (N×r),   B̃ = V^* B,   C̃ = C V.
 * </pre>
 *
 * @param eigensystem  Λ and V
 * @param pTildeRe     Re P̃ (N×r)
 * @param pTildeIm     Im P̃
 * @param bTildeRe     Re B̃ (N)
 * @param bTildeIm     Im B̃
 */
public record DplrForm(NormalEigensystem eigensystem, double[][] pTildeRe, double[][] pTildeIm, double[] bTildeRe,
                       double[] bTildeIm) {

    /** Builds the DPLR form of an operator through the Hermitian eigenproblem of its normal part. */
    public static DplrForm of(HippoOperator operator) {
        NplrForm nplr = operator.nplr();
        NormalEigensystem eig = NormalEigensystem.of(nplr);
        ComplexMatrix v = eig.vectors();
        int n = operator.order();
        int r = nplr.rank();
        double[][] pr = new double[n][r];
        double[][] pi = new double[n][r];
        for (int k = 0; k < r; k++) {
            double[] p = nplr.lowRank()[k];
            for (int m = 0; m < n; m++) {
                for (int i = 0; i < n; i++) {
                    pr[m][k] += v.re()[i][m] * p[i];
                    pi[m][k] -= v.im()[i][m] * p[i];
                }
            }
        }
        double[] b = operator.b();
        double[] br = new double[n];
        double[] bi = new double[n];
        for (int m = 0; m < n; m++) {
            for (int i = 0; i < n; i++) {
                br[m] += v.re()[i][m] * b[i];
                bi[m] -= v.im()[i][m] * b[i];
            }
        }
        return new DplrForm(eig, pr, pi, br, bi);
    }

    /** {@code V (Λ - P̃P̃^*) V^*} as a complex matrix (its imaginary part vanishes up to rounding). */
    public ComplexMatrix reconstructA() {
        ComplexMatrix v = eigensystem.vectors();
        int n = v.rows();
        // M = Λ - P̃ P̃^*
        double[][] mr = new double[n][n];
        double[][] mi = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                for (int k = 0; k < pTildeRe[0].length; k++) {
                    // P̃_ak · conj(P̃_bk)
                    mr[a][b] -= pTildeRe[a][k] * pTildeRe[b][k] + pTildeIm[a][k] * pTildeIm[b][k];
                    mi[a][b] -= pTildeIm[a][k] * pTildeRe[b][k] - pTildeRe[a][k] * pTildeIm[b][k];
                }
            }
            mr[a][a] += eigensystem.shift();
            mi[a][a] += eigensystem.imag()[a];
        }
        // W = V M, then W V^*
        double[][] wr = new double[n][n];
        double[][] wi = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double vr = v.re()[i][k];
                double vi = v.im()[i][k];
                for (int j = 0; j < n; j++) {
                    wr[i][j] += vr * mr[k][j] - vi * mi[k][j];
                    wi[i][j] += vr * mi[k][j] + vi * mr[k][j];
                }
            }
        }
        double[][] ar = new double[n][n];
        double[][] ai = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sr = 0;
                double si = 0;
                for (int k = 0; k < n; k++) {
                    // W_ik · conj(V_jk)
                    sr += wr[i][k] * v.re()[j][k] + wi[i][k] * v.im()[j][k];
                    si += wi[i][k] * v.re()[j][k] - wr[i][k] * v.im()[j][k];
                }
                ar[i][j] = sr;
                ai[i][j] = si;
            }
        }
        return new ComplexMatrix(ar, ai);
    }
}
