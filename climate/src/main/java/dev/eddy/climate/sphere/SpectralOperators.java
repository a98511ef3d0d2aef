package dev.eddy.climate.sphere;

/**
 * Diagonal spectral operators on a sphere of radius a, acting on fields in the layout of {@link SpectralIndex}.
 * <ul>
 *   <li>∂/∂λ: a_lm → i·m·a_lm;</li>
 *   <li>∇²: a_lm → −l(l+1)/a² · a_lm, and its inverse (the l = 0 mean is set to zero);</li>
 *   <li>∇⁸: a_lm → (l(l+1))⁴/a⁸ · a_lm.</li>
 * </ul>
 */
public final class SpectralOperators {
    private final SpectralIndex index;
    private final double radius;
    private final int[] degree;
    private final int[] order;

    private SpectralOperators(SpectralIndex index, double radius) {
        if (!(radius > 0)) {
            throw new IllegalArgumentException("radius must be positive, got " + radius);
        }
        this.index = index;
        this.radius = radius;
        this.degree = index.degrees();
        this.order = index.orders();
    }

    public static SpectralOperators of(SpectralIndex index, double radius) {
        return new SpectralOperators(index, radius);
    }

    public double radius() {
        return radius;
    }

    /** Eigenvalue of ∇² for degree l: −l(l+1)/a². */
    public double laplacianEigenvalue(int l) {
        return -l * (l + 1.0) / (radius * radius);
    }

    /** out = ∇² in (out may be in). */
    public void laplacian(double[] in, double[] out) {
        for (int k = 0; k < degree.length; k++) {
            double f = laplacianEigenvalue(degree[k]);
            out[2 * k] = f * in[2 * k];
            out[2 * k + 1] = f * in[2 * k + 1];
        }
    }

    /** out = ∇⁻² in, with the global mean (l = 0) of out set to zero. */
    public void inverseLaplacian(double[] in, double[] out) {
        for (int k = 0; k < degree.length; k++) {
            double f = degree[k] == 0 ? 0 : 1 / laplacianEigenvalue(degree[k]);
            out[2 * k] = f * in[2 * k];
            out[2 * k + 1] = f * in[2 * k + 1];
        }
    }

    /** out = ∇⁸ in. */
    public void del8(double[] in, double[] out) {
        for (int k = 0; k < degree.length; k++) {
            double e = laplacianEigenvalue(degree[k]);
            double f = e * e * e * e;
            out[2 * k] = f * in[2 * k];
            out[2 * k + 1] = f * in[2 * k + 1];
        }
    }

    /** out = ∂/∂λ in. */
    public void dLambda(double[] in, double[] out) {
        for (int k = 0; k < degree.length; k++) {
            double re = in[2 * k];
            double im = in[2 * k + 1];
            out[2 * k] = -order[k] * im;
            out[2 * k + 1] = order[k] * re;
        }
    }

    /**
     * Area integral ∫∫ f g dA over the sphere for two real fields given by their coefficients:
     * a²·2π·Σ_l [f_l0 g_l0 + 2 Σ_{m&gt;0} Re(f_lm conj(g_lm))].
     */
    public double innerProduct(double[] f, double[] g) {
        double sum = 0;
        for (int k = 0; k < degree.length; k++) {
            double term = f[2 * k] * g[2 * k] + f[2 * k + 1] * g[2 * k + 1];
            sum += order[k] == 0 ? term : 2 * term;
        }
        return 2 * Math.PI * radius * radius * sum;
    }

    /** The index this operator set acts on. */
    public SpectralIndex index() {
        return index;
    }

    /**
     * Copies coefficients between truncations (spectral regridding): degrees above the target truncation are dropped,
     * missing ones are zero.
     */
    public static double[] retruncate(double[] spec, SpectralIndex from, SpectralIndex to) {
        if (spec.length != from.arrayLength()) {
            throw new IllegalArgumentException("spectral field has length " + spec.length + ", expected " + from.arrayLength());
        }
        double[] out = new double[to.arrayLength()];
        int t = Math.min(from.truncation(), to.truncation());
        for (int m = 0; m <= t; m++) {
            for (int l = m; l <= t; l++) {
                int a = from.index(l, m);
                int b = to.index(l, m);
                out[2 * b] = spec[2 * a];
                out[2 * b + 1] = spec[2 * a + 1];
            }
        }
        return out;
    }
}
