package dev.eddy.hippo;

import java.math.BigInteger;
import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * The eigenvectors of the HiPPO-LegS matrix in closed form (hippo.md §2, checked against {@code A V = V Λ}):
 * {@code V_ij = (-1)^{i-j} C(i+j, i-j) sqrt(2i+1)} for i ≥ j, 0 otherwise; column j belongs to the eigenvalue
 * {@code -(j+1)}. The entries grow like {@code 2^{4N/3}}, so V is exponentially ill-conditioned (hippo.md §7).
 */
public final class LegsEigenvectors {
    private LegsEigenvectors() {
    }

    /** The N×N closed-form eigenvector matrix (columns not normalised). */
    public static double[][] closedForm(int order) {
        if (order <= 0) {
            throw new IllegalArgumentException("order N must be positive, got " + order);
        }
        double[][] v = new double[order][order];
        for (int i = 0; i < order; i++) {
            for (int j = 0; j <= i; j++) {
                double sign = ((i - j) & 1) == 0 ? 1.0 : -1.0;
                v[i][j] = sign * CombinatoricsUtils.binomialCoefficientDouble(i + j, i - j) * Math.sqrt(2.0 * i + 1.0);
            }
        }
        return v;
    }

    /** The eigenvalues {@code -(j+1)} matching the columns of {@link #closedForm}. */
    public static double[] eigenvalues(int order) {
        double[] l = new double[order];
        for (int j = 0; j < order; j++) {
            l[j] = -(j + 1.0);
        }
        return l;
    }

    /**
     * κ₂ of the closed-form V with unit-norm columns by a plain double SVD of V. Its smallest singular value is
     * resolved only to about eps·σ_max, so the result carries a relative error of order eps·κ (1e-7 at N = 16);
     * see {@link #conditionNumber} for the accurate route.
     */
    public static double conditionNumberBySvd(int order) {
        return Conditioning.kappa2UnitColumns(closedForm(order));
    }

    /**
     * κ₂ of V with unit-norm columns, accurate to a few ulps for every N whose entries fit a double.
     *
     * <p>With {@code V = D_r M D_c} (M the integer matrix {@code (-1)^{i-j} C(i+j, i-j)}, {@code D_r = diag(sqrt(2i+1))},
     * {@code D_c} the column normalisation), {@code κ₂ = σ_max(V) · σ_max(V^{-1})} and
     * {@code V^{-1} = D_c^{-1} M^{-1} D_r^{-1}}. M is unit lower triangular with integer entries, so M^{-1} is an
     * integer matrix, computed exactly by forward substitution in {@link BigInteger}. Only largest singular values
     * are taken, and those are well conditioned (relative error ~ eps), unlike σ_min of V itself.
     */
    public static double conditionNumber(int order) {
        double[][] v = closedForm(order);
        double[] columnNorm = new double[order];
        for (int j = 0; j < order; j++) {
            double s = 0.0;
            for (int i = j; i < order; i++) {
                s += v[i][j] * v[i][j];
            }
            columnNorm[j] = Math.sqrt(s);
        }
        BigInteger[][] m = new BigInteger[order][order];
        for (int i = 0; i < order; i++) {
            for (int j = 0; j < order; j++) {
                m[i][j] = j > i ? BigInteger.ZERO : signedBinomial(i, j);
            }
        }
        BigInteger[][] inverse = new BigInteger[order][order];
        for (int col = 0; col < order; col++) {
            for (int i = 0; i < order; i++) {
                BigInteger s = i == col ? BigInteger.ONE : BigInteger.ZERO;
                for (int k = col; k < i; k++) {
                    s = s.subtract(m[i][k].multiply(inverse[k][col]));
                }
                inverse[i][col] = s;
            }
        }
        double[][] vInverse = new double[order][order];
        for (int i = 0; i < order; i++) {
            for (int j = 0; j <= i; j++) {
                vInverse[i][j] = columnNorm[i] * inverse[i][j].doubleValue() / Math.sqrt(2.0 * j + 1.0);
            }
        }
        double[][] unit = new double[order][order];
        for (int i = 0; i < order; i++) {
            for (int j = 0; j <= i; j++) {
                unit[i][j] = v[i][j] / columnNorm[j];
            }
        }
        return Conditioning.spectralNorm(unit) * Conditioning.spectralNorm(vInverse);
    }

    private static BigInteger signedBinomial(int i, int j) {
        BigInteger b = BigInteger.ONE;
        for (int t = 0; t < i - j; t++) {
            b = b.multiply(BigInteger.valueOf(i + j - t)).divide(BigInteger.valueOf(t + 1));
        }
        return ((i - j) & 1) == 0 ? b : b.negate();
    }
}
