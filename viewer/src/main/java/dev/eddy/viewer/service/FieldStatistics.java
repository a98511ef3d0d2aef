package dev.eddy.viewer.service;

/** Comparisons between two frames. */
public final class FieldStatistics {
    private FieldStatistics() {
    }

    /**
     * Pearson correlation {@code ρ = Σ(a−ā)(b−b̄) / sqrt(Σ(a−ā)² Σ(b−b̄)²)} over the cells where both are finite, the
     * measure of Kochkov et al. (PNAS 2021) for "vorticity correlation". If the grids differ by an integer factor the
     * finer one is block-averaged first ({@link #blockMean}). NaN when either field is constant.
     */
    public static double correlation(Field2D a, Field2D b) {
        Field2D[] same = onCommonGrid(a, b);
        double[] x = same[0].values();
        double[] y = same[1].values();
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                sx += x[i];
                sy += y[i];
                n++;
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        double mx = sx / n;
        double my = sy / n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                double dx = x[i] - mx;
                double dy = y[i] - my;
                sxy += dx * dy;
                sxx += dx * dx;
                syy += dy * dy;
            }
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    /** {@code a − b} on a common grid (see {@link #correlation}), named "{a} − {b}". */
    public static Field2D difference(Field2D a, Field2D b) {
        Field2D[] same = onCommonGrid(a, b);
        double[] x = same[0].values();
        double[] y = same[1].values();
        double[] d = new double[x.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = x[i] - y[i];
        }
        return same[0].withValues(a.variable() + " − " + b.variable(), d);
    }

    /** The two fields on the coarser of their grids; an exception if the shapes are not integer multiples. */
    static Field2D[] onCommonGrid(Field2D a, Field2D b) {
        if (a.nx() == b.nx() && a.ny() == b.ny()) {
            return new Field2D[] {a, b};
        }
        if (a.nx() >= b.nx() && a.ny() >= b.ny() && a.nx() % b.nx() == 0 && a.ny() % b.ny() == 0
                && a.nx() / b.nx() == a.ny() / b.ny()) {
            return new Field2D[] {blockMean(a, a.nx() / b.nx()), b};
        }
        if (b.nx() >= a.nx() && b.ny() >= a.ny() && b.nx() % a.nx() == 0 && b.ny() % a.ny() == 0
                && b.nx() / a.nx() == b.ny() / a.ny()) {
            return new Field2D[] {a, blockMean(b, b.nx() / a.nx())};
        }
        throw new ViewerException("cannot compare a " + a.ny() + "×" + a.nx() + " grid with a " + b.ny() + "×" + b.nx()
                + " grid (sizes must be equal or integer multiples)");
    }

    /** Mean over {@code factor × factor} blocks, with block-centre coordinates (downsampling of a cell-average field). */
    public static Field2D blockMean(Field2D f, int factor) {
        int nx = f.nx() / factor;
        int ny = f.ny() / factor;
        double[] v = new double[nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                double s = 0;
                for (int q = 0; q < factor; q++) {
                    for (int p = 0; p < factor; p++) {
                        s += f.at(i * factor + p, j * factor + q);
                    }
                }
                v[j * nx + i] = s / (factor * factor);
            }
        }
        return new Field2D(f.variable(), f.units(), blockCoordinate(f.x(), factor), blockCoordinate(f.y(), factor),
                f.xName(), f.yName(), v);
    }

    private static double[] blockCoordinate(double[] c, int factor) {
        double[] out = new double[c.length / factor];
        for (int i = 0; i < out.length; i++) {
            double s = 0;
            for (int p = 0; p < factor; p++) {
                s += c[i * factor + p];
            }
            out[i] = s / factor;
        }
        return out;
    }
}
