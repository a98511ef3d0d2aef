package dev.eddy.hippo;

/**
 * A diagonal state-space model in conjugate-pair half storage (S4D; Gu, Gupta, Goel, Ré, "On the Parameterization
 * and Initialization of Diagonal State Space Models", NeurIPS 2022): M = N/2 complex modes stand for the real
 * state size N, the output being {@code 2 Re Σ_n C_n x_n}.
 *
 * @param aRe real parts of the diagonal A (M)
 * @param aIm imaginary parts of A
 * @param bRe real parts of B
 * @param bIm imaginary parts of B
 */
public record DiagonalSsm(double[] aRe, double[] aIm, double[] bRe, double[] bIm) {

    public DiagonalSsm {
        int m = aRe.length;
        if (aIm.length != m || bRe.length != m || bIm.length != m) {
            throw new IllegalArgumentException("A and B must have the same number of modes");
        }
    }

    /** The number M of stored complex modes (half the real state size). */
    public int modes() {
        return aRe.length;
    }
}
