package dev.eddy.hippo;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Spectral condition numbers {@code κ₂(V) = σ_max / σ_min} after scaling the columns of V to unit norm (the
 * normalisation used for eigenvector matrices in hippo.md §7–§8).
 */
public final class Conditioning {
    private Conditioning() {
    }

    /** κ₂ of a real matrix with unit-norm columns. */
    public static double kappa2UnitColumns(double[][] v) {
        return kappa2UnitColumns(new ComplexMatrix(v, new double[v.length][v[0].length]));
    }

    /** κ₂ of a complex matrix with unit-norm columns, from the SVD of its real embedding. */
    public static double kappa2UnitColumns(ComplexMatrix v) {
        double[] sigma = new SingularValueDecomposition(
                new Array2DRowRealMatrix(v.withUnitColumns().realEmbedding(), false)).getSingularValues();
        double min = sigma[sigma.length - 1];
        return min == 0.0 ? Double.POSITIVE_INFINITY : sigma[0] / min;
    }

    /** The spectral norm ‖M‖₂ = σ_max of a real matrix. */
    public static double spectralNorm(double[][] m) {
        return new SingularValueDecomposition(new Array2DRowRealMatrix(m, true)).getNorm();
    }
}
