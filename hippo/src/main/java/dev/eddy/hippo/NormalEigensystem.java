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
 * embedding; a cluster of 2m equal embedding eigenvalues is turned into m orthonormal complex eigenvectors by
 * complex Gram-Schmidt (this matters for repeated eigenvalues, e.g. FouT's two zero rows).
 *
 * @param shift  c, the common real part
 * @param imag   the imaginary parts μ_0 ≤ μ_1 ≤ … (N of them)
 * @param vectors unit eigenvectors as columns (N×N)
 */
public record NormalEigensystem(double shift, double[] imag, ComplexMatrix vectors) {
    private static final double CLUSTER_TOLERANCE = 1e-10;

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
        double scale = 1.0;
        for (double v : values) {
            scale = Math.max(scale, Math.abs(v));
        }
        double[] mu = new double[n];
        double[][] re = new double[n][n];
        double[][] im = new double[n][n];
        int kept = 0;
        int start = 0;
        while (start < 2 * n) {
            int end = start + 1;
            while (end < 2 * n && values[order[end]] - values[order[start]] <= CLUSTER_TOLERANCE * scale) {
                end++;
            }
            // A cluster of 2m embedding eigenvectors spans m complex eigenvectors: complex Gram-Schmidt keeps m.
            int wanted = (end - start) / 2;
            int took = 0;
            for (int c = start; c < end && took < wanted; c++) {
                double[] vec = eig.getEigenvector(order[c]).toArray();
                double[] ur = Arrays.copyOfRange(vec, 0, n);
                double[] ui = Arrays.copyOfRange(vec, n, 2 * n);
                for (int prev = kept; prev < kept + took; prev++) {
                    double dr = 0.0;
                    double di = 0.0;
                    for (int i = 0; i < n; i++) {
                        // <w_prev, u> = Σ conj(w) u
                        dr += re[i][prev] * ur[i] + im[i][prev] * ui[i];
                        di += re[i][prev] * ui[i] - im[i][prev] * ur[i];
                    }
                    for (int i = 0; i < n; i++) {
                        ur[i] -= dr * re[i][prev] - di * im[i][prev];
                        ui[i] -= dr * im[i][prev] + di * re[i][prev];
                    }
                }
                double norm = 0.0;
                for (int i = 0; i < n; i++) {
                    norm += ur[i] * ur[i] + ui[i] * ui[i];
                }
                norm = Math.sqrt(norm);
                if (norm < 0.5) {
                    continue;
                }
                int col = kept + took;
                mu[col] = values[order[c]];
                for (int i = 0; i < n; i++) {
                    re[i][col] = ur[i] / norm;
                    im[i][col] = ui[i] / norm;
                }
                took++;
            }
            if (took != wanted) {
                throw new ArithmeticException("could not separate a degenerate eigenvalue cluster of the normal part");
            }
            kept += took;
            start = end;
        }
        return new NormalEigensystem(form.shift(), mu, new ComplexMatrix(re, im));
    }

    public int size() {
        return imag.length;
    }
}
