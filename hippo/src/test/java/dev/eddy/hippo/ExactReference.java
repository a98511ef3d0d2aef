package dev.eddy.hippo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An independent reference generator in 60-digit {@link BigDecimal} arithmetic: the HiPPO matrices written out
 * from the formulas of hippo.md §2 (separately from the production code), dense products, Gaussian elimination and
 * a Taylor-series matrix exponential with scaling and squaring. Used only by tests.
 */
final class ExactReference {
    static final MathContext MC = new MathContext(60, RoundingMode.HALF_EVEN);
    static final BigDecimal PI = new BigDecimal(
            "3.14159265358979323846264338327950288419716939937510582097494459230781640628620899");
    static final BigDecimal TWO = BigDecimal.valueOf(2);

    private ExactReference() {
    }

    static BigDecimal sqrt(long v) {
        return BigDecimal.valueOf(v).sqrt(MC);
    }

    static BigDecimal[][] zeros(int n, int m) {
        BigDecimal[][] z = new BigDecimal[n][m];
        for (BigDecimal[] row : z) {
            java.util.Arrays.fill(row, BigDecimal.ZERO);
        }
        return z;
    }

    static BigDecimal[][] identity(int n) {
        BigDecimal[][] z = zeros(n, n);
        for (int i = 0; i < n; i++) {
            z[i][i] = BigDecimal.ONE;
        }
        return z;
    }

    /** {A, B (as a column N×1)} of a measure; theta is used by legt/fout only. */
    static BigDecimal[][][] operator(Measure measure, int n, BigDecimal theta) {
        BigDecimal[][] a = zeros(n, n);
        BigDecimal[][] b = zeros(n, 1);
        switch (measure) {
            case LEGS -> {
                for (int i = 0; i < n; i++) {
                    b[i][0] = sqrt(2L * i + 1);
                    for (int k = 0; k < n; k++) {
                        if (i > k) {
                            a[i][k] = sqrt((2L * i + 1) * (2L * k + 1)).negate();
                        } else if (i == k) {
                            a[i][k] = BigDecimal.valueOf(-(i + 1));
                        }
                    }
                }
            }
            case LEGT -> {
                for (int i = 0; i < n; i++) {
                    b[i][0] = sqrt(2L * i + 1).divide(theta, MC);
                    for (int k = 0; k < n; k++) {
                        BigDecimal v = sqrt((2L * i + 1) * (2L * k + 1)).divide(theta, MC).negate();
                        if (k > i && Math.floorMod(i - k, 2) == 1) {
                            v = v.negate();
                        }
                        a[i][k] = v;
                    }
                }
            }
            case LAGT, LAGT_HTTYH -> {
                for (int i = 0; i < n; i++) {
                    b[i][0] = BigDecimal.ONE;
                    for (int k = 0; k <= i; k++) {
                        a[i][k] = BigDecimal.ONE.negate();
                    }
                    if (measure == Measure.LAGT_HTTYH) {
                        a[i][i] = a[i][i].add(new BigDecimal("0.5"));
                    }
                }
            }
            case FOUT -> {
                // A = (2πΩ - 2φφᵀ)/θ with φ = [1, 0, √2, 0, √2, ...]; B = 2φ/θ
                BigDecimal[] phi = new BigDecimal[n];
                for (int i = 0; i < n; i++) {
                    phi[i] = i == 0 ? BigDecimal.ONE : (i % 2 == 0 ? sqrt(2) : BigDecimal.ZERO);
                }
                for (int i = 0; i < n; i++) {
                    b[i][0] = TWO.multiply(phi[i]).divide(theta, MC);
                    for (int k = 0; k < n; k++) {
                        BigDecimal omega = BigDecimal.ZERO;
                        if (i % 2 == 0 && k == i + 1 && i > 0) {
                            omega = BigDecimal.valueOf(-(i / 2));
                        } else if (i % 2 == 1 && k == i - 1 && k > 0) {
                            omega = BigDecimal.valueOf(k / 2);
                        }
                        a[i][k] = TWO.multiply(PI).multiply(omega).subtract(TWO.multiply(phi[i]).multiply(phi[k]))
                                .divide(theta, MC);
                    }
                }
            }
        }
        return new BigDecimal[][][] {a, b};
    }

    static BigDecimal[][] multiply(BigDecimal[][] a, BigDecimal[][] b) {
        int n = a.length;
        int m = b[0].length;
        BigDecimal[][] c = zeros(n, m);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                BigDecimal s = BigDecimal.ZERO;
                for (int k = 0; k < b.length; k++) {
                    s = s.add(a[i][k].multiply(b[k][j], MC), MC);
                }
                c[i][j] = s;
            }
        }
        return c;
    }

    /** alpha·A + beta·B. */
    static BigDecimal[][] combine(BigDecimal alpha, BigDecimal[][] a, BigDecimal beta, BigDecimal[][] b) {
        BigDecimal[][] c = zeros(a.length, a[0].length);
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                c[i][j] = alpha.multiply(a[i][j], MC).add(beta.multiply(b[i][j], MC), MC);
            }
        }
        return c;
    }

    /** X with M X = R by Gauss-Jordan elimination with partial pivoting. */
    static BigDecimal[][] solve(BigDecimal[][] m, BigDecimal[][] r) {
        int n = m.length;
        int w = r[0].length;
        BigDecimal[][] aug = zeros(n, n + w);
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], 0, aug[i], 0, n);
            System.arraycopy(r[i], 0, aug[i], n, w);
        }
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) {
                if (aug[i][k].abs().compareTo(aug[p][k].abs()) > 0) {
                    p = i;
                }
            }
            BigDecimal[] t = aug[p];
            aug[p] = aug[k];
            aug[k] = t;
            BigDecimal pivot = aug[k][k];
            for (int j = k; j < n + w; j++) {
                aug[k][j] = aug[k][j].divide(pivot, MC);
            }
            for (int i = 0; i < n; i++) {
                if (i != k && aug[i][k].signum() != 0) {
                    BigDecimal f = aug[i][k];
                    for (int j = k; j < n + w; j++) {
                        aug[i][j] = aug[i][j].subtract(f.multiply(aug[k][j], MC), MC);
                    }
                }
            }
        }
        BigDecimal[][] x = zeros(n, w);
        for (int i = 0; i < n; i++) {
            System.arraycopy(aug[i], n, x[i], 0, w);
        }
        return x;
    }

    /** exp(M) by a 60-term Taylor series of M/2^s (max-row-sum ≤ 1/2) followed by s squarings. */
    static BigDecimal[][] exp(BigDecimal[][] m) {
        int n = m.length;
        double norm = 0.0;
        for (BigDecimal[] row : m) {
            double s = 0.0;
            for (BigDecimal v : row) {
                s += Math.abs(v.doubleValue());
            }
            norm = Math.max(norm, s);
        }
        int squarings = 0;
        while (norm > 0.5) {
            norm /= 2.0;
            squarings++;
        }
        BigDecimal scale = BigDecimal.ONE.divide(TWO.pow(squarings), MC);
        BigDecimal[][] x = combine(scale, m, BigDecimal.ZERO, m);
        BigDecimal[][] term = identity(n);
        BigDecimal[][] sum = identity(n);
        for (int k = 1; k <= 60; k++) {
            term = multiply(term, x);
            BigDecimal inv = BigDecimal.ONE.divide(BigDecimal.valueOf(k), MC);
            term = combine(inv, term, BigDecimal.ZERO, term);
            sum = combine(BigDecimal.ONE, sum, BigDecimal.ONE, term);
        }
        for (int i = 0; i < squarings; i++) {
            sum = multiply(sum, sum);
        }
        return sum;
    }

    /** {Ā, B̄} of the hippo.md §3 formulas; disc is one of forward-euler, backward-euler, bilinear, zoh or gbt. */
    static BigDecimal[][][] discretize(BigDecimal[][] a, BigDecimal[][] b, BigDecimal dt, String disc,
                                       BigDecimal alpha) {
        int n = a.length;
        BigDecimal[][] id = identity(n);
        BigDecimal[][] dtb = combine(dt, b, BigDecimal.ZERO, b);
        return switch (disc) {
            case "forward-euler" -> new BigDecimal[][][] {combine(BigDecimal.ONE, id, dt, a), dtb};
            case "backward-euler" -> {
                BigDecimal[][] m = combine(BigDecimal.ONE, id, dt.negate(), a);
                yield new BigDecimal[][][] {solve(m, id), solve(m, dtb)};
            }
            case "bilinear", "gbt" -> {
                BigDecimal al = disc.equals("bilinear") ? new BigDecimal("0.5") : alpha;
                BigDecimal[][] m = combine(BigDecimal.ONE, id, al.multiply(dt).negate(), a);
                BigDecimal[][] p = combine(BigDecimal.ONE, id, BigDecimal.ONE.subtract(al).multiply(dt), a);
                yield new BigDecimal[][][] {solve(m, p), solve(m, dtb)};
            }
            case "zoh" -> {
                // Ā = exp(ΔA); B̄ = A^{-1}(Ā - I)B: the textbook formula (A is invertible for the tested operators)
                BigDecimal[][] ad = exp(combine(dt, a, BigDecimal.ZERO, a));
                BigDecimal[][] bd = solve(a, multiply(combine(BigDecimal.ONE, ad, BigDecimal.ONE.negate(), id), b));
                yield new BigDecimal[][][] {ad, bd};
            }
            default -> throw new IllegalArgumentException(disc);
        };
    }

    /**
     * All eigenvalues of a symmetric matrix by the cyclic Jacobi method in 60-digit arithmetic (Golub &amp; Van
     * Loan §8.5).
     */
    static BigDecimal[] symmetricEigenvalues(BigDecimal[][] sym) {
        int n = sym.length;
        BigDecimal[][] a = combine(BigDecimal.ONE, sym, BigDecimal.ZERO, sym);
        BigDecimal tiny = new BigDecimal("1e-55");
        for (int sweep = 0; sweep < 100; sweep++) {
            BigDecimal off = BigDecimal.ZERO;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    off = off.add(a[p][q].abs());
                }
            }
            if (off.compareTo(tiny) < 0) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (a[p][q].signum() == 0) {
                        continue;
                    }
                    BigDecimal theta = a[q][q].subtract(a[p][p], MC).divide(TWO.multiply(a[p][q]), MC);
                    BigDecimal t = BigDecimal.ONE.divide(theta.abs().add(theta.multiply(theta, MC).add(BigDecimal.ONE)
                            .sqrt(MC), MC), MC);
                    if (theta.signum() < 0) {
                        t = t.negate();
                    }
                    BigDecimal c = BigDecimal.ONE.divide(t.multiply(t, MC).add(BigDecimal.ONE).sqrt(MC), MC);
                    BigDecimal s = t.multiply(c, MC);
                    for (int k = 0; k < n; k++) {
                        BigDecimal akp = a[k][p];
                        BigDecimal akq = a[k][q];
                        a[k][p] = c.multiply(akp, MC).subtract(s.multiply(akq, MC), MC);
                        a[k][q] = s.multiply(akp, MC).add(c.multiply(akq, MC), MC);
                    }
                    for (int k = 0; k < n; k++) {
                        BigDecimal apk = a[p][k];
                        BigDecimal aqk = a[q][k];
                        a[p][k] = c.multiply(apk, MC).subtract(s.multiply(aqk, MC), MC);
                        a[q][k] = s.multiply(apk, MC).add(c.multiply(aqk, MC), MC);
                    }
                }
            }
        }
        BigDecimal[] ev = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            ev[i] = a[i][i];
        }
        return ev;
    }

    static double[][] toDouble(BigDecimal[][] m) {
        double[][] d = new double[m.length][m[0].length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[0].length; j++) {
                d[i][j] = m[i][j].doubleValue();
            }
        }
        return d;
    }

    static double[] column(BigDecimal[][] m) {
        double[] d = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            d[i] = m[i][0].doubleValue();
        }
        return d;
    }
}
