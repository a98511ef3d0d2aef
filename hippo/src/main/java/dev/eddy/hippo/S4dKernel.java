package dev.eddy.hippo;

/**
 * The convolution kernel of a discretized diagonal SSM in half storage (hippo.md §5):
 * {@code K_l = 2 Re Σ_n C_n B̄_n Ā_n^l}, l = 0..L-1, computed as the Vandermonde product
 * {@code V_nl = exp(l · log Ā_n)} (never repeated powers; hippo.md §7.7).
 *
 * <pre>
 * ZOH       Ā_n = e^{ΔA_n},                    B̄_n = (e^{ΔA_n} - 1)/A_n · B_n,  log Ā_n = ΔA_n
 * bilinear  Ā_n = (1 + ΔA_n/2)/(1 - ΔA_n/2),   B̄_n = Δ B_n/(1 - ΔA_n/2)
 * </pre>
 * ZOH uses the complex {@code expm1(a+ib) = expm1(a) cos b - 2 sin²(b/2) + i e^a sin b} to keep digits when
 * |ΔA_n| ≪ 1 (hippo.md §7.4).
 */
public final class S4dKernel {
    private S4dKernel() {
    }

    /**
     * Computes the kernel.
     *
     * @param ssm the diagonal system (half storage)
     * @param cRe real parts of C (one per mode)
     * @param cIm imaginary parts of C
     * @param dt  the step Δ &gt; 0
     * @param length L ≥ 1
     * @param discretization ZOH or BILINEAR
     */
    public static double[] compute(DiagonalSsm ssm, double[] cRe, double[] cIm, double dt, int length,
                                   Discretization discretization) {
        if (!(dt > 0.0 && Double.isFinite(dt))) {
            throw new IllegalArgumentException("step dt must be a positive finite number, got " + dt);
        }
        if (length <= 0) {
            throw new IllegalArgumentException("kernel length L must be positive, got " + length);
        }
        int m = ssm.modes();
        if (cRe.length != m || cIm.length != m) {
            throw new IllegalArgumentException("C must have " + m + " modes");
        }
        double[] wRe = new double[m];
        double[] wIm = new double[m];
        double[] zRe = new double[m];
        double[] zIm = new double[m];
        for (int n = 0; n < m; n++) {
            double ar = ssm.aRe()[n];
            double ai = ssm.aIm()[n];
            double bdRe;
            double bdIm;
            switch (discretization) {
                case ZOH -> {
                    double xr = dt * ar;
                    double xi = dt * ai;
                    double em1Re = Math.expm1(xr) * Math.cos(xi) - 2.0 * Math.pow(Math.sin(0.5 * xi), 2);
                    double em1Im = Math.exp(xr) * Math.sin(xi);
                    double den = ar * ar + ai * ai;
                    double qRe;
                    double qIm;
                    if (den == 0.0) {
                        qRe = dt;
                        qIm = 0.0;
                    } else {
                        qRe = (em1Re * ar + em1Im * ai) / den;
                        qIm = (em1Im * ar - em1Re * ai) / den;
                    }
                    bdRe = qRe * ssm.bRe()[n] - qIm * ssm.bIm()[n];
                    bdIm = qRe * ssm.bIm()[n] + qIm * ssm.bRe()[n];
                    zRe[n] = xr;
                    zIm[n] = xi;
                }
                case BILINEAR -> {
                    double dr = 1.0 - 0.5 * dt * ar;
                    double di = -0.5 * dt * ai;
                    double nr = 1.0 + 0.5 * dt * ar;
                    double ni = 0.5 * dt * ai;
                    double den = dr * dr + di * di;
                    double abarRe = (nr * dr + ni * di) / den;
                    double abarIm = (ni * dr - nr * di) / den;
                    zRe[n] = Math.log(Math.hypot(abarRe, abarIm));
                    zIm[n] = Math.atan2(abarIm, abarRe);
                    double invRe = dr / den;
                    double invIm = -di / den;
                    double br = ssm.bRe()[n];
                    double bi = ssm.bIm()[n];
                    bdRe = dt * (invRe * br - invIm * bi);
                    bdIm = dt * (invRe * bi + invIm * br);
                }
                default -> throw new IllegalArgumentException(
                        "S4D kernels support zoh and bilinear, not " + discretization.cliName());
            }
            wRe[n] = cRe[n] * bdRe - cIm[n] * bdIm;
            wIm[n] = cRe[n] * bdIm + cIm[n] * bdRe;
        }
        double[] kernel = new double[length];
        for (int l = 0; l < length; l++) {
            double s = 0.0;
            for (int n = 0; n < m; n++) {
                double mag = Math.exp(l * zRe[n]);
                double phase = l * zIm[n];
                s += mag * (wRe[n] * Math.cos(phase) - wIm[n] * Math.sin(phase));
            }
            kernel[l] = 2.0 * s;
        }
        return kernel;
    }

    /** The kernel with {@code C = 1} on every mode. */
    public static double[] compute(DiagonalSsm ssm, double dt, int length, Discretization discretization) {
        double[] ones = new double[ssm.modes()];
        java.util.Arrays.fill(ones, 1.0);
        return compute(ssm, ones, new double[ssm.modes()], dt, length, discretization);
    }
}
