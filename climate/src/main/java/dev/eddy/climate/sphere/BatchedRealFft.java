package dev.eddy.climate.sphere;

/**
 * Real discrete Fourier transform of length N (a power of two, N ≥ 4) applied to a batch of sequences at once. Data are
 * rows with the batch index inside a row: sample j of sequence b is {@code x[j][b]}; complex Fourier coefficient m of
 * sequence b has its real part at {@code c[2m][b]} and its imaginary part at {@code c[2m+1][b]}.
 *
 * <ul>
 *   <li>{@link #forward}: F_m = Σ_{j=0}^{N−1} x_j e^{−2πimj/N} for 0 ≤ m ≤ M (only the orders asked for are formed);</li>
 *   <li>{@link #inverse}: x_j = Re F_0 + 2 Σ_{m=1}^{M} Re(F_m e^{2πimj/N}) for M &lt; N/2, the real sequence of a
 *       Hermitian spectrum whose orders above M are zero (Im F_0 is ignored).</li>
 * </ul>
 * Both go through the complex transform of half the length (Press et al., <i>Numerical Recipes</i>, 3rd ed., §12.3):
 * z_n = x_{2n} + i x_{2n+1} (n &lt; L = N/2) is the input itself read as (re, im) row pairs; Z = DFT_L(z) gives
 * F_m = ½(Z_m + Z̄_{L−m}) − ½ i e^{−2πim/N}(Z_m − Z̄_{L−m}) (indices mod L), and conversely
 * Z_k = F_k + F̄_{L−k} + i e^{2πik/N}(F_k − F̄_{L−k}) with F_k = 0 above M. The complex DFT is a Stockham autosort
 * transform (Van Loan, <i>Computational Frameworks for the FFT</i>, §1.7) of radix 4 with one radix-2 step when
 * log₂ L is odd; it needs no bit reversal.
 *
 * <p>Why rows: every inner loop runs over the batch with the same index {@code [k]} in every array it touches, the
 * one shape HotSpot's C2 compiler (JDK 25) turns into SIMD code without proof that the arrays do not overlap; and the
 * loop bodies stay small (at most four stores), beyond which C2 does not unroll and so does not vectorise, which is why
 * a radix-4 butterfly is three loops (even outputs, each odd output).
 * <p>Not thread-safe: an instance owns its work rows, so that transforms allocate nothing.
 */
final class BatchedRealFft {
    private final int n;
    private final int half;
    private final int capacity;
    /** Per radix-4 step: cos and sin of 2π·p·r/len for r = 1, 2, 3 and p &lt; len/4, rows [6][len/4]. */
    private final double[][][] twiddles;
    /** cos and sin of 2πm/N for 0 ≤ m ≤ L. */
    private final double[] splitCos;
    private final double[] splitSin;
    private final double[][] work0;
    private final double[][] work1;

    /**
     * @param n        transform length, a power of two ≥ 4
     * @param capacity the largest batch (row length) this instance transforms
     */
    BatchedRealFft(int n, int capacity) {
        if (n < 4 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("FFT length must be a power of two >= 4, got " + n);
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("batch capacity must be positive, got " + capacity);
        }
        this.n = n;
        this.half = n / 2;
        this.capacity = capacity;
        int radix4Steps = Integer.numberOfTrailingZeros(half) / 2;
        this.twiddles = new double[radix4Steps][][];
        int len = half;
        for (int s = 0; s < radix4Steps; s++, len /= 4) {
            double[][] w = new double[6][len / 4];
            for (int p = 0; p < len / 4; p++) {
                for (int r = 1; r <= 3; r++) {
                    double angle = 2 * Math.PI * p * r / len;
                    w[2 * (r - 1)][p] = Math.cos(angle);
                    w[2 * (r - 1) + 1][p] = Math.sin(angle);
                }
            }
            twiddles[s] = w;
        }
        this.splitCos = new double[half + 1];
        this.splitSin = new double[half + 1];
        for (int m = 0; m <= half; m++) {
            double angle = 2 * Math.PI * m / n;
            splitCos[m] = Math.cos(angle);
            splitSin[m] = Math.sin(angle);
        }
        this.work0 = new double[n][capacity];
        this.work1 = new double[n][capacity];
    }

    /**
     * Forward transform of {@code batch} sequences: {@code x} holds N rows (left unchanged), {@code c} receives the
     * coefficients of orders 0 … {@code maxOrder} in its first 2·(maxOrder + 1) rows.
     */
    void forward(double[][] x, double[][] c, int maxOrder, int batch) {
        check(batch, maxOrder, half);
        double[][] z = complexTransform(x, null, batch, -1);
        for (int m = 0; m <= maxOrder; m++) {
            int at = m % half;
            int mirror = (half - m) % half;
            split(z[2 * at], z[2 * at + 1], z[2 * mirror], z[2 * mirror + 1], c[2 * m], c[2 * m + 1],
                    splitCos[m], -splitSin[m], batch);
        }
    }

    /**
     * Inverse transform of {@code batch} sequences: {@code c} holds the coefficients of orders 0 … {@code maxOrder} in
     * its first 2·(maxOrder + 1) rows (left unchanged), {@code x} receives N rows.
     */
    void inverse(double[][] c, double[][] x, int maxOrder, int batch) {
        check(batch, maxOrder, half - 1);
        double[][] z = work0;
        for (int k = 0; k < half; k++) {
            int mirror = half - k;
            double wr = splitCos[k];
            double wi = splitSin[k];
            double[] zr = z[2 * k];
            double[] zi = z[2 * k + 1];
            if (k <= maxOrder && mirror <= maxOrder) {
                merge(c[2 * k], c[2 * k + 1], c[2 * mirror], c[2 * mirror + 1], zr, zi, wr, wi, batch);
            } else if (k == 0) {
                mergeMean(c[0], zr, zi, batch);
            } else if (k <= maxOrder) {
                mergeLow(c[2 * k], c[2 * k + 1], zr, zi, wr, wi, batch);
            } else if (mirror <= maxOrder) {
                mergeHigh(c[2 * mirror], c[2 * mirror + 1], zr, zi, wr, wi, batch);
            } else {
                java.util.Arrays.fill(zr, 0, batch, 0);
                java.util.Arrays.fill(zi, 0, batch, 0);
            }
        }
        complexTransform(z, x, batch, +1);
    }

    private void check(int batch, int maxOrder, int maxAllowed) {
        if (batch < 1 || batch > capacity) {
            throw new IllegalArgumentException("batch " + batch + " outside 1.." + capacity);
        }
        if (maxOrder < 0 || maxOrder > maxAllowed) {
            throw new IllegalArgumentException("order " + maxOrder + " outside 0.." + maxAllowed + " for length " + n);
        }
    }

    /**
     * F = ½(A + B̄) − ½ i w (A − B̄) with A = Z_m, B = Z_{L−m}, w = e^{−2πim/N} = (wr, wi).
     */
    private static void split(double[] ar, double[] ai, double[] br, double[] bi, double[] fr, double[] fi,
                              double wr, double wi, int batch) {
        for (int k = 0; k < batch; k++) {
            double xr = ar[k];
            double xi = ai[k];
            double yr = br[k];
            double yi = -bi[k];
            double dr = xr - yr;
            double di = xi - yi;
            fr[k] = 0.5 * (xr + yr + wr * di + wi * dr);
            fi[k] = 0.5 * (xi + yi - wr * dr + wi * di);
        }
    }

    /** Z = A + B̄ + i w (A − B̄) with A = F_k, B = F_{L−k}, w = e^{2πik/N} = (wr, wi). */
    private static void merge(double[] ar, double[] ai, double[] br, double[] bi, double[] zr, double[] zi,
                              double wr, double wi, int batch) {
        for (int k = 0; k < batch; k++) {
            double xr = ar[k];
            double xi = ai[k];
            double yr = br[k];
            double yi = -bi[k];
            double dr = xr - yr;
            double di = xi - yi;
            zr[k] = xr + yr - wr * di - wi * dr;
            zi[k] = xi + yi + wr * dr - wi * di;
        }
    }

    /** Z_0 = (1 + i) Re F_0 (F_L = 0, Im F_0 dropped). */
    private static void mergeMean(double[] ar, double[] zr, double[] zi, int batch) {
        for (int k = 0; k < batch; k++) {
            zr[k] = ar[k];
            zi[k] = ar[k];
        }
    }

    /** Z = (1 + i w) A when F_{L−k} = 0. */
    private static void mergeLow(double[] ar, double[] ai, double[] zr, double[] zi, double wr, double wi, int batch) {
        for (int k = 0; k < batch; k++) {
            double xr = ar[k];
            double xi = ai[k];
            zr[k] = xr - wr * xi - wi * xr;
            zi[k] = xi + wr * xr - wi * xi;
        }
    }

    /** Z = (1 − i w) B̄ when F_k = 0. */
    private static void mergeHigh(double[] br, double[] bi, double[] zr, double[] zi, double wr, double wi, int batch) {
        for (int k = 0; k < batch; k++) {
            double yr = br[k];
            double yi = -bi[k];
            zr[k] = yr + wr * yi + wi * yr;
            zi[k] = yi - wr * yr + wi * yi;
        }
    }

    /**
     * Complex DFT of length L, Σ_n z_n e^{sign·2πink/L}, of {@code src} ((re, im) row pairs) into {@code out}, or into a
     * work array when {@code out} is null; returns the rows holding the result. Steps alternate between the work rows.
     */
    private double[][] complexTransform(double[][] src, double[][] out, int batch, int sign) {
        int steps = twiddles.length + (Integer.numberOfTrailingZeros(half) & 1);
        double[][] from = src;
        int len = half;
        int stride = 1;
        for (int s = 0; s < steps; s++) {
            double[][] dst = s == steps - 1 && out != null ? out : from == work0 ? work1 : work0;
            if (len >= 4) {
                radix4Step(from, dst, len, stride, twiddles[s], batch, sign);
                len /= 4;
                stride *= 4;
            } else {
                radix2Step(from, dst, stride, batch);
            }
            from = dst;
        }
        return from;
    }

    /**
     * One radix-4 Stockham step: for p &lt; len/4 and q &lt; stride, with x_r = x[q + stride·(p + r·len/4)],
     * y[q + stride·(4p + r)] = w^{pr} Σ_s x_s e^{sign·2πirs/4}, w = e^{sign·2πi/len}.
     */
    private static void radix4Step(double[][] x, double[][] y, int len, int stride, double[][] w, int batch, int sign) {
        int quarter = len / 4;
        for (int p = 0; p < quarter; p++) {
            double w1r = w[0][p];
            double w1i = sign * w[1][p];
            double w2r = w[2][p];
            double w2i = sign * w[3][p];
            double w3r = w[4][p];
            double w3i = sign * w[5][p];
            for (int q = 0; q < stride; q++) {
                int a = 2 * (q + stride * p);
                int b = a + 2 * stride * quarter;
                int c = b + 2 * stride * quarter;
                int d = c + 2 * stride * quarter;
                int u = 2 * (q + stride * 4 * p);
                int step = 2 * stride;
                butterfly4Even(x[a], x[a + 1], x[b], x[b + 1], x[c], x[c + 1], x[d], x[d + 1],
                        y[u], y[u + 1], y[u + 2 * step], y[u + 2 * step + 1], w2r, w2i, batch);
                int y1 = u + step;
                int y3 = u + 3 * step;
                butterfly4Odd(x[a], x[a + 1], x[b], x[b + 1], x[c], x[c + 1], x[d], x[d + 1],
                        y[y1], y[y1 + 1], w1r, w1i, sign, batch);
                butterfly4Odd(x[a], x[a + 1], x[b], x[b + 1], x[c], x[c + 1], x[d], x[d + 1],
                        y[y3], y[y3 + 1], w3r, w3i, -sign, batch);
            }
        }
    }

    /** The last step when log₂ L is odd: y[q] = x[q] + x[q + stride], y[q + stride] = x[q] − x[q + stride]. */
    private static void radix2Step(double[][] x, double[][] y, int stride, int batch) {
        for (int q = 0; q < stride; q++) {
            int a = 2 * q;
            int b = 2 * (q + stride);
            butterfly2(x[a], x[a + 1], x[b], x[b + 1], y[a], y[a + 1], y[b], y[b + 1], batch);
        }
    }

    private static void butterfly2(double[] ar, double[] ai, double[] br, double[] bi,
                                   double[] ur, double[] ui, double[] vr, double[] vi, int batch) {
        for (int k = 0; k < batch; k++) {
            double xr = ar[k];
            double xi = ai[k];
            double yr = br[k];
            double yi = bi[k];
            ur[k] = xr + yr;
            ui[k] = xi + yi;
            vr[k] = xr - yr;
            vi[k] = xi - yi;
        }
    }

    /**
     * Radix-4 butterfly, even outputs: y_0 = (a + c) + (b + d), y_2 = w_2·((a + c) − (b + d)). A separate loop from the
     * odd outputs because C2 vectorises loops with at most four stores.
     */
    private static void butterfly4Even(double[] ar, double[] ai, double[] br, double[] bi,
                                       double[] cr, double[] ci, double[] dr, double[] di,
                                       double[] y0r, double[] y0i, double[] y2r, double[] y2i,
                                       double w2r, double w2i, int batch) {
        for (int k = 0; k < batch; k++) {
            double apcR = ar[k] + cr[k];
            double apcI = ai[k] + ci[k];
            double bpdR = br[k] + dr[k];
            double bpdI = bi[k] + di[k];
            double s2R = apcR - bpdR;
            double s2I = apcI - bpdI;
            y0r[k] = apcR + bpdR;
            y0i[k] = apcI + bpdI;
            y2r[k] = s2R * w2r - s2I * w2i;
            y2i[k] = s2R * w2i + s2I * w2r;
        }
    }

    /**
     * Radix-4 butterfly, one odd output: y = w·((a − c) + σ·i·(b − d)) with σ = ±1 (y_1 and y_3 get opposite σ).
     */
    private static void butterfly4Odd(double[] ar, double[] ai, double[] br, double[] bi,
                                      double[] cr, double[] ci, double[] dr, double[] di,
                                      double[] yr, double[] yi, double wr, double wi, double sigma, int batch) {
        for (int k = 0; k < batch; k++) {
            double sR = ar[k] - cr[k] + sigma * (di[k] - bi[k]);
            double sI = ai[k] - ci[k] + sigma * (br[k] - dr[k]);
            yr[k] = sR * wr - sI * wi;
            yi[k] = sR * wi + sI * wr;
        }
    }
}
