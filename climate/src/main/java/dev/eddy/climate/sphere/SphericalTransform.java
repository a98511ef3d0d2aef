package dev.eddy.climate.sphere;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Spherical-harmonic transform between a {@link GaussianGrid} and triangularly truncated coefficients
 * ({@link SpectralIndex}), with precomputed Legendre tables and a real FFT in longitude.
 *
 * <p>Synthesis: f(μ_i, λ_j) = Σ_m κ_m Re(F_m(μ_i) e^{imλ_j}), F_m(μ) = Σ_l a_lm P̄_l^m(μ), κ_0 = 1, κ_m = 2.
 * Analysis: F_m(μ_i) = (1/N) Σ_j f_ij e^{−imλ_j}, a_lm = Σ_i w_i P̄_l^m(μ_i) F_m(μ_i), exact for band-limited fields
 * on the quadratic Gaussian grid (Gauss quadrature of degree ≤ 2·nlat − 1).
 * The Legendre sums use the equatorial parity of P̄ and H (see {@link AssociatedLegendre}) so that each pair of
 * mirror latitudes costs one pass over the table.
 *
 * <p>Not thread-safe: instances own their scratch arrays, so that transforms allocate nothing.
 */
public final class SphericalTransform {
    private final SpectralIndex index;
    private final GaussianGrid grid;
    private final int truncation;
    private final int nlat;
    private final int nlon;
    private final int pairs;
    private final double[] p;
    private final double[] h;
    private final double[] weights;
    private final DoubleFFT_1D fft;
    private final double[] rowNorth;
    private final double[] rowSouth;
    private final double[] rowExtra;
    private final double[] rowExtraSouth;
    /** Per order m: P̄ and H at the l − m odd degrees, layout [n][pair] (pair fastest), for antisymmetric synthesis. */
    private final double[][] pOdd;
    private final double[][] hOdd;
    private final double[] oddRe;
    private final double[] oddIm;
    private final double[] sumRe;
    private final double[] sumIm;

    private SphericalTransform(SpectralIndex index, GaussianGrid grid) {
        if (grid.nlon() < 2 * index.truncation() + 2 || grid.nlat() < index.truncation() + 1) {
            throw new IllegalArgumentException(grid + " cannot represent " + index + " without aliasing of linear terms");
        }
        this.index = index;
        this.grid = grid;
        this.truncation = index.truncation();
        this.nlat = grid.nlat();
        this.nlon = grid.nlon();
        this.pairs = nlat / 2;
        int size = index.size();
        this.p = new double[pairs * size];
        this.h = new double[pairs * size];
        this.weights = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            double[][] ph = AssociatedLegendre.valuesAndDerivatives(grid.mu(i), truncation);
            System.arraycopy(ph[0], 0, p, i * size, size);
            System.arraycopy(ph[1], 0, h, i * size, size);
            weights[i] = grid.weight(i);
        }
        this.fft = new DoubleFFT_1D(nlon);
        this.rowNorth = new double[nlon];
        this.rowSouth = new double[nlon];
        this.rowExtra = new double[nlon];
        this.rowExtraSouth = new double[nlon];
        this.pOdd = new double[truncation + 1][];
        this.hOdd = new double[truncation + 1][];
        for (int m = 0; m <= truncation; m++) {
            int count = (truncation - m + 1) / 2;
            pOdd[m] = new double[count * pairs];
            hOdd[m] = new double[count * pairs];
            for (int n = 0; n < count; n++) {
                int k = index.offset(m) + 2 * n + 1;
                for (int i = 0; i < pairs; i++) {
                    pOdd[m][n * pairs + i] = p[i * size + k];
                    hOdd[m][n * pairs + i] = h[i * size + k];
                }
            }
        }
        this.oddRe = new double[truncation + 1];
        this.oddIm = new double[truncation + 1];
        this.sumRe = new double[pairs];
        this.sumIm = new double[pairs];
    }

    /** Transform for truncation T on the given grid. */
    public static SphericalTransform of(SpectralIndex index, GaussianGrid grid) {
        return new SphericalTransform(index, grid);
    }

    /** Transform for truncation T on its alias-free quadratic grid (T21: 32×64, T42: 64×128). */
    public static SphericalTransform forTruncation(int truncation) {
        return new SphericalTransform(SpectralIndex.triangular(truncation), GaussianGrid.forTruncation(truncation));
    }

    public SpectralIndex index() {
        return index;
    }

    public GaussianGrid grid() {
        return grid;
    }

    /** A new zero spectral field. */
    public double[] newSpectral() {
        return new double[index.arrayLength()];
    }

    /** A new zero grid field. */
    public double[] newGrid() {
        return new double[grid.size()];
    }

    /** Grid → spectral. {@code spec} is overwritten. */
    public void analyze(double[] field, double[] spec) {
        checkGrid(field);
        checkSpectral(spec);
        java.util.Arrays.fill(spec, 0);
        int size = index.size();
        double scale = 1.0 / nlon;
        for (int i = 0; i < pairs; i++) {
            int south = nlat - 1 - i;
            System.arraycopy(field, i * nlon, rowNorth, 0, nlon);
            System.arraycopy(field, south * nlon, rowSouth, 0, nlon);
            fft.realForward(rowNorth);
            fft.realForward(rowSouth);
            rowNorth[1] = 0;
            rowSouth[1] = 0;
            double w = weights[i] * scale;
            int tableBase = i * size;
            for (int m = 0; m <= truncation; m++) {
                double nRe = rowNorth[2 * m];
                double nIm = rowNorth[2 * m + 1];
                double sRe = rowSouth[2 * m];
                double sIm = rowSouth[2 * m + 1];
                double evenRe = w * (nRe + sRe);
                double evenIm = w * (nIm + sIm);
                double oddRe = w * (nRe - sRe);
                double oddIm = w * (nIm - sIm);
                accumulate(spec, tableBase, m, evenRe, evenIm, oddRe, oddIm);
            }
        }
        for (int l = 0; l <= truncation; l++) {
            spec[2 * index.index(l, 0) + 1] = 0;
        }
    }

    /**
     * Grid → spectral for a field that is antisymmetric about the equator, f(−μ) = −f(μ), given only on the northern
     * rows 0 … nlat/2 − 1 (the southern rows of {@code field} are ignored). Only the l − m odd coefficients are non-zero.
     */
    public void analyzeAntisymmetric(double[] field, double[] spec) {
        checkGrid(field);
        checkSpectral(spec);
        java.util.Arrays.fill(spec, 0);
        int size = index.size();
        double scale = 2.0 / nlon;
        for (int i = 0; i < pairs; i++) {
            System.arraycopy(field, i * nlon, rowNorth, 0, nlon);
            fft.realForward(rowNorth);
            rowNorth[1] = 0;
            double w = weights[i] * scale;
            int tableBase = i * size;
            for (int m = 0; m <= truncation; m++) {
                accumulate(spec, tableBase, m, 0, 0, w * rowNorth[2 * m], w * rowNorth[2 * m + 1]);
            }
        }
        for (int l = 0; l <= truncation; l++) {
            spec[2 * index.index(l, 0) + 1] = 0;
        }
    }

    private void accumulate(double[] spec, int tableBase, int m, double evenRe, double evenIm, double oddRe, double oddIm) {
        int k0 = index.offset(m);
        int end = k0 + truncation - m + 1;
        if (evenRe != 0 || evenIm != 0) {
            for (int k = k0; k < end; k += 2) {
                double pk = p[tableBase + k];
                spec[2 * k] += pk * evenRe;
                spec[2 * k + 1] += pk * evenIm;
            }
        }
        for (int k = k0 + 1; k < end; k += 2) {
            double pk = p[tableBase + k];
            spec[2 * k] += pk * oddRe;
            spec[2 * k + 1] += pk * oddIm;
        }
    }

    /** Spectral → grid. {@code field} is overwritten. */
    public void synthesize(double[] spec, double[] field) {
        checkSpectral(spec);
        checkGrid(field);
        int size = index.size();
        for (int i = 0; i < pairs; i++) {
            java.util.Arrays.fill(rowNorth, 0);
            java.util.Arrays.fill(rowSouth, 0);
            legendreSum(spec, p, i * size, rowNorth, rowSouth, false, false);
            fft.realInverse(rowNorth, false);
            fft.realInverse(rowSouth, false);
            System.arraycopy(rowNorth, 0, field, i * nlon, nlon);
            System.arraycopy(rowSouth, 0, field, (nlat - 1 - i) * nlon, nlon);
        }
    }

    /**
     * Spectral → the two gradient components on the grid: ∂f/∂λ and (1 − μ²) ∂f/∂μ (= cos φ ∂f/∂φ).
     * Either output may be null to skip it.
     */
    public void synthesizeGradient(double[] spec, double[] dLambda, double[] hMu) {
        checkSpectral(spec);
        int size = index.size();
        for (int i = 0; i < pairs; i++) {
            int south = nlat - 1 - i;
            if (dLambda != null) {
                java.util.Arrays.fill(rowNorth, 0);
                java.util.Arrays.fill(rowSouth, 0);
                legendreSum(spec, p, i * size, rowNorth, rowSouth, false, true);
                fft.realInverse(rowNorth, false);
                fft.realInverse(rowSouth, false);
                System.arraycopy(rowNorth, 0, dLambda, i * nlon, nlon);
                System.arraycopy(rowSouth, 0, dLambda, south * nlon, nlon);
            }
            if (hMu != null) {
                java.util.Arrays.fill(rowExtra, 0);
                java.util.Arrays.fill(rowExtraSouth, 0);
                legendreSum(spec, h, i * size, rowExtra, rowExtraSouth, true, false);
                fft.realInverse(rowExtra, false);
                fft.realInverse(rowExtraSouth, false);
                System.arraycopy(rowExtra, 0, hMu, i * nlon, nlon);
                System.arraycopy(rowExtraSouth, 0, hMu, south * nlon, nlon);
            }
        }
    }

    /**
     * For an equatorially antisymmetric field (only l − m odd coefficients are read; the others must be zero): like
     * {@link #synthesizeGradient} but fills only the northern rows 0 … nlat/2 − 1, the southern ones following from
     * parity. Half the Legendre work and half the FFTs of the full synthesis.
     */
    public void synthesizeGradientAntisymmetric(double[] spec, double[] dLambda, double[] hMu) {
        checkSpectral(spec);
        clearCoefficientRows(dLambda);
        clearCoefficientRows(hMu);
        for (int m = 0; m <= truncation; m++) {
            int count = gatherOdd(spec, m);
            oddSums(pOdd[m], count);
            storeRows(dLambda, m, true);
            oddSums(hOdd[m], count);
            storeRows(hMu, m, false);
        }
        for (int i = 0; i < pairs; i++) {
            fft.realInverse(dLambda, i * nlon, false);
            fft.realInverse(hMu, i * nlon, false);
        }
    }

    /** Like {@link #synthesizeGradientAntisymmetric} for the field itself (northern rows only). */
    public void synthesizeAntisymmetric(double[] spec, double[] field) {
        checkSpectral(spec);
        checkGrid(field);
        clearCoefficientRows(field);
        for (int m = 0; m <= truncation; m++) {
            int count = gatherOdd(spec, m);
            oddSums(pOdd[m], count);
            storeRows(field, m, false);
        }
        for (int i = 0; i < pairs; i++) {
            fft.realInverse(field, i * nlon, false);
        }
    }

    private void clearCoefficientRows(double[] field) {
        checkGrid(field);
        for (int i = 0; i < pairs; i++) {
            java.util.Arrays.fill(field, i * nlon, (i + 1) * nlon, 0);
        }
    }

    /** Copies the l − m odd coefficients of order m into oddRe/oddIm; returns their number. */
    private int gatherOdd(double[] spec, int m) {
        int count = (truncation - m + 1) / 2;
        int k = index.offset(m) + 1;
        for (int n = 0; n < count; n++, k += 2) {
            oddRe[n] = spec[2 * k];
            oddIm[n] = spec[2 * k + 1];
        }
        return count;
    }

    /** sum[i] = Σ_n table[n][i]·odd[n] for every northern latitude i (an AXPY per degree, vectorisable). */
    private void oddSums(double[] table, int count) {
        final double[] re = sumRe;
        final double[] im = sumIm;
        final double[] cr = oddRe;
        final double[] ci = oddIm;
        final int n0 = pairs;
        java.util.Arrays.fill(re, 0);
        java.util.Arrays.fill(im, 0);
        for (int n = 0; n < count; n++) {
            final double a = cr[n];
            final double b = ci[n];
            final int base = n * n0;
            for (int i = 0; i < n0; i++) {
                final double t = table[base + i];
                re[i] += t * a;
                im[i] += t * b;
            }
        }
    }

    /** Writes 2·F_m (times i·m if asked) into the JTransforms layout of every northern row of {@code field}. */
    private void storeRows(double[] field, int m, boolean timesIm) {
        for (int i = 0; i < pairs; i++) {
            double re = sumRe[i];
            double im = sumIm[i];
            if (timesIm) {
                double tmp = re;
                re = -m * im;
                im = m * tmp;
            }
            int row = i * nlon;
            if (m == 0) {
                field[row] = 2 * re;
            } else {
                field[row + 2 * m] = 2 * re;
                field[row + 2 * m + 1] = 2 * im;
            }
        }
    }

    /**
     * Fourier coefficients of one latitude pair in JTransforms' real layout: Σ_l a_lm T_l^m into row[2m], row[2m+1].
     * {@code oddTable}: the table has parity (−1)^{l−m+1} (the H table) instead of (−1)^{l−m}.
     * {@code timesIm}: multiply by i·m (∂/∂λ).
     */
    private void legendreSum(double[] spec, double[] table, int tableBase, double[] north, double[] south,
                             boolean oddTable, boolean timesIm) {
        for (int m = 0; m <= truncation; m++) {
            int k0 = index.offset(m);
            int count = truncation - m + 1;
            double evenRe = 0;
            double evenIm = 0;
            double oddRe = 0;
            double oddIm = 0;
            for (int n = 0; n < count; n += 2) {
                int k = k0 + n;
                double t = table[tableBase + k];
                evenRe += t * spec[2 * k];
                evenIm += t * spec[2 * k + 1];
            }
            for (int n = 1; n < count; n += 2) {
                int k = k0 + n;
                double t = table[tableBase + k];
                oddRe += t * spec[2 * k];
                oddIm += t * spec[2 * k + 1];
            }
            double nRe = evenRe + oddRe;
            double nIm = evenIm + oddIm;
            double sRe = oddTable ? oddRe - evenRe : evenRe - oddRe;
            double sIm = oddTable ? oddIm - evenIm : evenIm - oddIm;
            if (timesIm) {
                double tmp = nRe;
                nRe = -m * nIm;
                nIm = m * tmp;
                tmp = sRe;
                sRe = -m * sIm;
                sIm = m * tmp;
            }
            // JTransforms' unscaled realInverse returns half of Σ_k X_k e^{2πijk/n}: store 2·F_m.
            if (m == 0) {
                north[0] = 2 * nRe;
                south[0] = 2 * sRe;
            } else {
                north[2 * m] = 2 * nRe;
                north[2 * m + 1] = 2 * nIm;
                south[2 * m] = 2 * sRe;
                south[2 * m + 1] = 2 * sIm;
            }
        }
    }

    private void checkGrid(double[] field) {
        if (field.length != grid.size()) {
            throw new IllegalArgumentException("grid field has length " + field.length + ", expected " + grid.size());
        }
    }

    private void checkSpectral(double[] spec) {
        if (spec.length != index.arrayLength()) {
            throw new IllegalArgumentException("spectral field has length " + spec.length + ", expected " + index.arrayLength());
        }
    }
}
