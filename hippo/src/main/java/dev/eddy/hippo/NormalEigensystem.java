package dev.eddy.hippo;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * Eigen-decomposition {@code S = V Λ V^*} (V unitary) of the normal part {@code S = cI + K} of an NPLR form, from
 * the Hermitian eigenproblem of {@code -iK} — never a general eig of A (hippo.md §6).
 *
 * <p>The Hermitian {@code H = -iK = X + iY} (X = 0, Y = -K) is solved through its real symmetric embedding
 * {@code [[X, -Y], [Y, X]] = [[0, K], [-K, 0]]}: an eigenvector {@code [u; v]} with eigenvalue μ gives
 * {@code H(u + iv) = μ(u + iv)}, hence {@code S(u + iv) = (c + iμ)(u + iv)}. Each μ appears twice in the
 * embedding; after sorting, every other one is kept.
 *
 * @param shift  c, the common real part
 * @param imag   the imaginary parts μ_0 ≤ μ_1 ≤ … (N of them)
 * @param vectors unit eigenvectors as columns (N×N)
 */
public record NormalEigensystem(double shift, double[] imag, ComplexMatrix vectors) {

    /** Diagonalizes the normal part of an NPLR form. */
    public static NormalEigensystem of(NplrForm form) {
        double[][] k = form.skewPart();
        int n = k.length;
        double[][] embedding = new double[2 * n][2 * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                embedding[i][j + n] = k[i][j];
                embedding[i + n][j] = -k[i][j];
            }
        }
        EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(embedding, false));
        double[] values = eig.getRealEigenvalues();
        Integer[] order = IntStream.range(0, 2 * n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] mu = new double[n];
        double[][] re = new double[n][n];
        double[][] im = new double[n][n];
        for (int m = 0; m < n; m++) {
            int idx = order[2 * m];
            mu[m] = values[idx];
            double[] vec = eig.getEigenvector(idx).toArray();
            double norm = 0.0;
            for (double x : vec) {
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < n; i++) {
                re[i][m] = vec[i] / norm;
                im[i][m] = vec[i + n] / norm;
            }
        }
        return new NormalEigensystem(form.shift(), mu, new ComplexMatrix(re, im));
    }

    public int size() {
        return imag.length;
    }
}
