package dev.eddy.hippo;

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

    /** κ₂ of the closed-form V with unit-norm columns. Meaningful in double precision only for N ≤ 16 or so. */
    public static double conditionNumber(int order) {
        return Conditioning.kappa2UnitColumns(closedForm(order));
    }
}
