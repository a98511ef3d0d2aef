package dev.eddy.stencil.step;

import dev.eddy.stencil.model.StencilConstraint;

/**
 * Test oracle: the same finite-volume step as {@link FvStepGraph}, written independently in plain Java with explicit
 * branches (Lax–Wendroff and Van Leer limiter as case distinctions, tsm.md §2.3) and a naive complex DFT for the
 * Poisson and diffusion solves. Fields are {@code double[N*N]}, row-major (y, x), x fastest.
 */
final class ReferenceFvStep {

    private final FlowParameters p;
    private final int n;
    private final double h;

    ReferenceFvStep(FlowParameters p) {
        this.p = p;
        this.n = p.n();
        this.h = p.spacing();
    }

    double[][] classical(double[] u, double[] v) {
        double[] aUx = linear(u, true);
        double[] aUy = linear(v, true);
        double[] aVx = linear(u, false);
        double[] aVy = linear(v, false);
        double[] cUx = tvd(u, true, aUx, laxWendroff(u, true, aUx));
        double[] cUy = tvd(u, false, aUy, laxWendroff(u, false, aUy));
        double[] cVx = tvd(v, true, aVx, laxWendroff(v, true, aVx));
        double[] cVy = tvd(v, false, aVy, laxWendroff(v, false, aVy));
        return advance(u, v, mul(aUx, cUx), mul(aUy, cUy), mul(aVx, cVx), mul(aVy, cVy));
    }

    /** @param coef {@code [128][N*N]} */
    double[][] learned(double[] u, double[] v, double[][] coef, boolean tvdWrap) {
        double[] aUx = stencil(u, coef, 0);
        double[] aVx = stencil(u, coef, 1);
        double[] aUy = stencil(v, coef, 2);
        double[] aVy = stencil(v, coef, 3);
        double[] cUx = stencil(u, coef, 4);
        double[] cUy = stencil(u, coef, 5);
        double[] cVx = stencil(v, coef, 6);
        double[] cVy = stencil(v, coef, 7);
        if (tvdWrap) {
            cUx = tvd(u, true, aUx, cUx);
            cUy = tvd(u, false, aUy, cUy);
            cVx = tvd(v, true, aVx, cVx);
            cVy = tvd(v, false, aVy, cVy);
        }
        return advance(u, v, mul(aUx, cUx), mul(aUy, cUy), mul(aVx, cVx), mul(aVy, cVy));
    }

    private double[][] advance(double[] u, double[] v, double[] fUx, double[] fUy, double[] fVx, double[] fVy) {
        double[] fu = p.forcingU();
        double[] fv = p.forcingV();
        double[] us = new double[n * n];
        double[] vs = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int k = j * n + i;
                double convU = -(fUx[k] - fUx[at(i - 1, j)] + fUy[k] - fUy[at(i, j - 1)]) / h;
                double convV = -(fVx[k] - fVx[at(i - 1, j)] + fVy[k] - fVy[at(i, j - 1)]) / h;
                us[k] = u[k] + p.dt() * (convU + fu[k] - p.drag() * u[k]);
                vs[k] = v[k] + p.dt() * (convV + fv[k] - p.drag() * v[k]);
            }
        }
        double[] div = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                div[j * n + i] = (us[j * n + i] - us[at(i - 1, j)] + vs[j * n + i] - vs[at(i, j - 1)]) / h;
            }
        }
        double[] q = spectralFilter(div, lambda -> lambda == 0 ? 0 : 1 / lambda);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int k = j * n + i;
                us[k] -= (q[at(i + 1, j)] - q[k]) / h;
                vs[k] -= (q[at(i, j + 1)] - q[k]) / h;
            }
        }
        double nuDt = p.viscosity() * p.dt();
        java.util.function.DoubleUnaryOperator implicit = lambda -> 1 / (1 - nuDt * lambda);
        return new double[][] {spectralFilter(us, implicit), spectralFilter(vs, implicit)};
    }

    private double[] linear(double[] c, boolean alongX) {
        double[] out = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                out[j * n + i] = 0.5 * (c[j * n + i] + neighbour(c, i, j, alongX, 1));
            }
        }
        return out;
    }

    private double[] laxWendroff(double[] c, boolean alongX, double[] a) {
        double[] out = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int k = j * n + i;
                double c0 = c[k];
                double c1 = neighbour(c, i, j, alongX, 1);
                double courant = p.dt() * a[k] / h;
                out[k] = a[k] > 0 ? c0 + 0.5 * (1 - courant) * (c1 - c0) : c1 - 0.5 * (1 + courant) * (c1 - c0);
            }
        }
        return out;
    }

    private double[] tvd(double[] c, boolean alongX, double[] a, double[] high) {
        double[] out = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int k = j * n + i;
                double cm = neighbour(c, i, j, alongX, -1);
                double c0 = c[k];
                double c1 = neighbour(c, i, j, alongX, 1);
                double c2 = neighbour(c, i, j, alongX, 2);
                double den = c1 - c0 != 0 ? c1 - c0 : 1;
                double r = a[k] > 0 ? (c0 - cm) / den : (c2 - c1) / den;
                double phi = r > 0 ? 2 * r / (1 + r) : 0;
                double low = a[k] > 0 ? c0 : c1;
                out[k] = low - phi * (low - high[k]);
            }
        }
        return out;
    }

    private double[] stencil(double[] c, double[][] coef, int m) {
        double[] out = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int ox = -1; ox <= 2; ox++) {
                    for (int oy = -1; oy <= 2; oy++) {
                        sum += coef[16 * m + StencilConstraint.index(ox, oy)][j * n + i] * c[at(i + ox, j + oy)];
                    }
                }
                out[j * n + i] = sum;
            }
        }
        return out;
    }

    /** {@code f(L) a} by a naive 2-D DFT (complex), L the periodic 5-point Laplacian. */
    private double[] spectralFilter(double[] a, java.util.function.DoubleUnaryOperator f) {
        double[] re = a.clone();
        double[] im = new double[n * n];
        dft(re, im, -1);
        for (int ky = 0; ky < n; ky++) {
            for (int kx = 0; kx < n; kx++) {
                double lambda = (2 * Math.cos(2 * Math.PI * kx / n) - 2 + 2 * Math.cos(2 * Math.PI * ky / n) - 2)
                        / (h * h);
                double g = f.applyAsDouble(lambda);
                re[ky * n + kx] *= g;
                im[ky * n + kx] *= g;
            }
        }
        dft(re, im, +1);
        double[] out = new double[n * n];
        for (int k = 0; k < n * n; k++) {
            out[k] = re[k] / (n * n);
        }
        return out;
    }

    private void dft(double[] re, double[] im, int sign) {
        for (int axis = 0; axis < 2; axis++) {
            for (int line = 0; line < n; line++) {
                double[] r = new double[n];
                double[] m = new double[n];
                for (int k = 0; k < n; k++) {
                    double sr = 0;
                    double si = 0;
                    for (int t = 0; t < n; t++) {
                        int idx = axis == 0 ? line * n + t : t * n + line;
                        double ang = sign * 2 * Math.PI * ((long) k * t % n) / n;
                        sr += re[idx] * Math.cos(ang) - im[idx] * Math.sin(ang);
                        si += re[idx] * Math.sin(ang) + im[idx] * Math.cos(ang);
                    }
                    r[k] = sr;
                    m[k] = si;
                }
                for (int k = 0; k < n; k++) {
                    int idx = axis == 0 ? line * n + k : k * n + line;
                    re[idx] = r[k];
                    im[idx] = m[k];
                }
            }
        }
    }

    private double neighbour(double[] c, int i, int j, boolean alongX, int o) {
        return alongX ? c[at(i + o, j)] : c[at(i, j + o)];
    }

    private int at(int i, int j) {
        return Math.floorMod(j, n) * n + Math.floorMod(i, n);
    }

    private static double[] mul(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            out[k] = a[k] * b[k];
        }
        return out;
    }
}
