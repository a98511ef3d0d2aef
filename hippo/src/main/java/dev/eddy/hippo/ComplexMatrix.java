package dev.eddy.hippo;

/**
 * A dense complex matrix stored as real and imaginary parts {@code re[i][j] + i·im[i][j]}. Immutable by contract:
 * the accessors return the arrays, which callers must not modify.
 */
public record ComplexMatrix(double[][] re, double[][] im) {

    public int rows() {
        return re.length;
    }

    public int columns() {
        return re[0].length;
    }

    /** A copy whose columns are scaled to unit Euclidean norm. */
    public ComplexMatrix withUnitColumns() {
        int n = rows();
        int m = columns();
        double[][] r = new double[n][m];
        double[][] i = new double[n][m];
        for (int j = 0; j < m; j++) {
            double s = 0.0;
            for (int k = 0; k < n; k++) {
                s += re[k][j] * re[k][j] + im[k][j] * im[k][j];
            }
            double inv = 1.0 / Math.sqrt(s);
            for (int k = 0; k < n; k++) {
                r[k][j] = re[k][j] * inv;
                i[k][j] = im[k][j] * inv;
            }
        }
        return new ComplexMatrix(r, i);
    }

    /**
     * The real embedding {@code [[Re, -Im], [Im, Re]]} (2n×2m). Its singular values are those of this matrix, each
     * twice.
     */
    public double[][] realEmbedding() {
        int n = rows();
        int m = columns();
        double[][] e = new double[2 * n][2 * m];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < m; j++) {
                e[k][j] = re[k][j];
                e[k][j + m] = -im[k][j];
                e[k + n][j] = im[k][j];
                e[k + n][j + m] = re[k][j];
            }
        }
        return e;
    }
}
