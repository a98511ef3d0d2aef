package dev.eddy.hippo;

/**
 * The normal-plus-low-rank form {@code A = S - PᵀP} of a HiPPO operator (Gu, Goel, Ré, "Efficiently Modeling Long
 * Sequences with Structured State Spaces", ICLR 2022, Theorem 1; hippo.md §6).
 *
 * <p>{@code S = cI + K} with K skew-symmetric, so every eigenvalue of S has real part c. P has r rows (r = 1 or 2).
 *
 * @param normalPart  S (N×N)
 * @param lowRank     P (r×N)
 * @param shift       c, the common real part of the eigenvalues of S
 */
public record NplrForm(double[][] normalPart, double[][] lowRank, double shift) {

    /** {@code K = S - cI}, the skew-symmetric part. */
    public double[][] skewPart() {
        double[][] k = DenseMatrices.copy(normalPart);
        for (int i = 0; i < k.length; i++) {
            k[i][i] -= shift;
        }
        return k;
    }

    /** {@code PᵀP} (N×N). */
    public double[][] lowRankProduct() {
        int n = normalPart.length;
        double[][] m = new double[n][n];
        for (double[] row : lowRank) {
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < n; k++) {
                    m[i][k] += row[i] * row[k];
                }
            }
        }
        return m;
    }

    /** The rank r of the low-rank term (the number of rows of P). */
    public int rank() {
        return lowRank.length;
    }
}
