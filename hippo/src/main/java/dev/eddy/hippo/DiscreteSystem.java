package dev.eddy.hippo;

/**
 * A discrete linear step {@code x_k = Ā x_{k-1} + B̄ u_k} (hippo.md §3 input convention: sample u_k enters the
 * step that ends at t_k).
 *
 * @param ad Ā (N×N)
 * @param bd B̄ (N)
 */
public record DiscreteSystem(double[][] ad, double[] bd) {

    /** The state size N. */
    public int order() {
        return bd.length;
    }

    /** One step: returns {@code Ā x + B̄ u}. */
    public double[] step(double[] x, double u) {
        double[] y = DenseMatrices.multiply(ad, x);
        for (int i = 0; i < y.length; i++) {
            y[i] += bd[i] * u;
        }
        return y;
    }
}
