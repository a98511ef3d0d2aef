package dev.eddy.climate.sphere;

/**
 * Layout of triangularly truncated spherical-harmonic coefficients: 0 ≤ m ≤ l ≤ T.
 *
 * <p>Coefficients are stored m-major: for m = 0..T, then l = m..T, as interleaved (re, im) pairs, so a
 * spectral field is a {@code double[2·size()]}. The real field is f = Σ_m κ_m Re(a_lm e^{imλ}) P̄_l^m(μ)
 * with κ_0 = 1 and κ_m = 2 for m &gt; 0; the imaginary part of the m = 0 coefficients is zero.
 */
public final class SpectralIndex {
    private final int truncation;
    private final int[] offsets;
    private final int size;

    private SpectralIndex(int truncation) {
        if (truncation < 1) {
            throw new IllegalArgumentException("truncation must be >= 1, got " + truncation);
        }
        this.truncation = truncation;
        this.offsets = new int[truncation + 2];
        int k = 0;
        for (int m = 0; m <= truncation; m++) {
            offsets[m] = k;
            k += truncation - m + 1;
        }
        offsets[truncation + 1] = k;
        this.size = k;
    }

    /** Triangular truncation T. */
    public static SpectralIndex triangular(int truncation) {
        return new SpectralIndex(truncation);
    }

    public int truncation() {
        return truncation;
    }

    /** Number of complex coefficients (T+1)(T+2)/2. */
    public int size() {
        return size;
    }

    /** Length of a spectral field array (re, im interleaved). */
    public int arrayLength() {
        return 2 * size;
    }

    /** Complex index of (l, m). */
    public int index(int l, int m) {
        if (m < 0 || m > truncation || l < m || l > truncation) {
            throw new IndexOutOfBoundsException("(l, m) = (" + l + ", " + m + ") outside T" + truncation);
        }
        return offsets[m] + l - m;
    }

    /** First complex index of order m. */
    public int offset(int m) {
        return offsets[m];
    }

    /** Degree l of complex index k. */
    public int degreeOf(int k) {
        return orderOf(k) + k - offsets[orderOf(k)];
    }

    /** Order m of complex index k. */
    public int orderOf(int k) {
        int m = 0;
        while (offsets[m + 1] <= k) {
            m++;
        }
        return m;
    }

    /** Degrees l of every complex index, for vectorised spectral operators. */
    public int[] degrees() {
        int[] l = new int[size];
        for (int m = 0; m <= truncation; m++) {
            for (int n = m; n <= truncation; n++) {
                l[offsets[m] + n - m] = n;
            }
        }
        return l;
    }

    /** Orders m of every complex index. */
    public int[] orders() {
        int[] ms = new int[size];
        for (int m = 0; m <= truncation; m++) {
            for (int n = m; n <= truncation; n++) {
                ms[offsets[m] + n - m] = m;
            }
        }
        return ms;
    }

    @Override
    public String toString() {
        return "T" + truncation + " (" + size + " coefficients)";
    }
}
