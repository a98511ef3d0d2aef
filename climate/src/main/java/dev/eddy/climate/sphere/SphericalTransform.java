package dev.eddy.climate.sphere;

/**
 * Spherical-harmonic transform between a {@link GaussianGrid} and triangularly truncated coefficients
 * ({@link SpectralIndex}), with precomputed Legendre tables and a batched real FFT in longitude.
 *
 * <p>Synthesis: f(μ_i, λ_j) = Σ_m κ_m Re(F_m(μ_i) e^{imλ_j}), F_m(μ) = Σ_l a_lm P̄_l^m(μ), κ_0 = 1, κ_m = 2.
 * Analysis: F_m(μ_i) = (1/N) Σ_j f_ij e^{−imλ_j}, a_lm = Σ_i w_i P̄_l^m(μ_i) F_m(μ_i), exact for band-limited fields
 * on the quadratic Gaussian grid (Gauss quadrature of degree ≤ 2·nlat − 1).
 * The Legendre sums use the equatorial parity of P̄ and H (see {@link AssociatedLegendre}) so that each pair of
 * mirror latitudes costs one pass over the table.
 *
 * <p>Two forms of every transform: on row-major grid fields ({@code double[nlat·nlon]}), and in two explicit stages on a
 * {@link ColumnGrid} (Legendre sums ↔ Fourier coefficients of all rows; one batched FFT over all rows and fields), which
 * is the form the model's time step uses. The row-major form goes through the column form and transposes.
 * The Legendre tables are rows over the northern latitudes and the FFT runs over all rows at once, so that every inner
 * loop has unit stride and the JIT compiles it to SIMD instructions.
 *
 * <p>Needs an even number of latitudes and a power-of-two number of longitudes (T21: 32×64, T42: 64×128).
 * Not thread-safe: instances own their scratch arrays, so that transforms allocate nothing.
 */
public final class SphericalTransform {
    private final SpectralIndex index;
    private final GaussianGrid grid;
    private final int truncation;
    private final int nlat;
    private final int nlon;
    private final int pairs;
    /** P̄_l^m and H_l^m at the northern latitudes: p[m][l − m][i]. */
    private final double[][][] p;
    private final double[][][] h;
    /** Gauss weight of each northern latitude divided by nlon. */
    private final double[] weightOverN;
    private final double[] evenRe;
    private final double[] evenIm;
    private final double[] oddRe;
    private final double[] oddIm;
    private final double[] evenHRe;
    private final double[] evenHIm;
    private final double[] oddHRe;
    private final double[] oddHIm;
    private final ColumnGrid fullPair;
    private final ColumnGrid northernPair;

    private SphericalTransform(SpectralIndex index, GaussianGrid grid) {
        if (grid.nlon() < 2 * index.truncation() + 2 || grid.nlat() < index.truncation() + 1) {
            throw new IllegalArgumentException(grid + " cannot represent " + index + " without aliasing of linear terms");
        }
        if (grid.nlat() % 2 != 0 || Integer.bitCount(grid.nlon()) != 1) {
            throw new IllegalArgumentException("the transform needs an even number of latitudes and a power-of-two number "
                    + "of longitudes, got " + grid);
        }
        this.index = index;
        this.grid = grid;
        this.truncation = index.truncation();
        this.nlat = grid.nlat();
        this.nlon = grid.nlon();
        this.pairs = nlat / 2;
        this.p = new double[truncation + 1][][];
        this.h = new double[truncation + 1][][];
        for (int m = 0; m <= truncation; m++) {
            p[m] = new double[truncation - m + 1][pairs];
            h[m] = new double[truncation - m + 1][pairs];
        }
        this.weightOverN = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            double[][] ph = AssociatedLegendre.valuesAndDerivatives(grid.mu(i), truncation);
            for (int m = 0; m <= truncation; m++) {
                for (int n = 0; n <= truncation - m; n++) {
                    p[m][n][i] = ph[0][index.offset(m) + n];
                    h[m][n][i] = ph[1][index.offset(m) + n];
                }
            }
            weightOverN[i] = grid.weight(i) / nlon;
        }
        this.evenRe = new double[pairs];
        this.evenIm = new double[pairs];
        this.oddRe = new double[pairs];
        this.oddIm = new double[pairs];
        this.evenHRe = new double[pairs];
        this.evenHIm = new double[pairs];
        this.oddHRe = new double[pairs];
        this.oddHIm = new double[pairs];
        this.fullPair = newColumnGrid(2, false);
        this.northernPair = newColumnGrid(2, true);
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

    /** A new zero column grid of {@code fields} fields on all latitude rows or, if {@code northernOnly}, the northern ones. */
    public ColumnGrid newColumnGrid(int fields, boolean northernOnly) {
        return new ColumnGrid(grid, truncation, fields, northernOnly);
    }

    /** Grid → spectral. {@code spec} is overwritten. */
    public void analyze(double[] field, double[] spec) {
        checkGrid(field);
        checkSpectral(spec);
        gather(field, fullPair, 0);
        gridToFourier(fullPair, 1);
        analyzeFourier(fullPair, 0, spec);
    }

    /**
     * Grid → spectral for a field that is antisymmetric about the equator, f(−μ) = −f(μ), given only on the northern
     * rows 0 … nlat/2 − 1 (the southern rows of {@code field} are ignored). Only the l − m odd coefficients are non-zero.
     */
    public void analyzeAntisymmetric(double[] field, double[] spec) {
        checkGrid(field);
        checkSpectral(spec);
        gather(field, northernPair, 0);
        gridToFourier(northernPair, 1);
        analyzeFourier(northernPair, 0, spec);
    }

    /** Spectral → grid. {@code field} is overwritten. */
    public void synthesize(double[] spec, double[] field) {
        checkSpectral(spec);
        checkGrid(field);
        synthesizeFourier(spec, fullPair, 0);
        fourierToGrid(fullPair, 1);
        scatter(fullPair, 0, field);
    }

    /**
     * Spectral → the two gradient components on the grid: ∂f/∂λ and (1 − μ²) ∂f/∂μ (= cos φ ∂f/∂φ).
     * Either output may be null to skip it.
     */
    public void synthesizeGradient(double[] spec, double[] dLambda, double[] hMu) {
        synthesizeGradient(spec, dLambda, hMu, fullPair);
    }

    /**
     * For an equatorially antisymmetric field (only l − m odd coefficients are read; the others must be zero): like
     * {@link #synthesizeGradient} but fills only the northern rows 0 … nlat/2 − 1, the southern ones following from
     * parity. Half the Legendre work and half the FFTs of the full synthesis.
     */
    public void synthesizeGradientAntisymmetric(double[] spec, double[] dLambda, double[] hMu) {
        synthesizeGradient(spec, dLambda, hMu, northernPair);
    }

    /** Like {@link #synthesizeGradientAntisymmetric} for the field itself (northern rows only). */
    public void synthesizeAntisymmetric(double[] spec, double[] field) {
        checkSpectral(spec);
        checkGrid(field);
        synthesizeFourier(spec, northernPair, 0);
        fourierToGrid(northernPair, 1);
        scatter(northernPair, 0, field);
    }

    private void synthesizeGradient(double[] spec, double[] dLambda, double[] hMu, ColumnGrid columns) {
        checkSpectral(spec);
        if (dLambda != null) {
            checkGrid(dLambda);
        }
        if (hMu != null) {
            checkGrid(hMu);
        }
        synthesizeGradientFourier(spec, columns, 0, 1);
        fourierToGrid(columns, 2);
        if (dLambda != null) {
            scatter(columns, 0, dLambda);
        }
        if (hMu != null) {
            scatter(columns, 1, hMu);
        }
    }

    /** Copies the rows of a row-major field that {@code columns} holds into its field {@code f}. */
    private void gather(double[] field, ColumnGrid columns, int f) {
        double[][] values = columns.values;
        int rows = columns.rowsPerField();
        for (int c = 0; c < rows; c++) {
            int base = columns.latitudeRow(c) * nlon;
            int column = f * rows + c;
            for (int j = 0; j < nlon; j++) {
                values[j][column] = field[base + j];
            }
        }
    }

    /** Copies field {@code f} of {@code columns} into the rows of a row-major field (other rows untouched). */
    private void scatter(ColumnGrid columns, int f, double[] field) {
        double[][] values = columns.values;
        int rows = columns.rowsPerField();
        for (int c = 0; c < rows; c++) {
            int base = columns.latitudeRow(c) * nlon;
            int column = f * rows + c;
            for (int j = 0; j < nlon; j++) {
                field[base + j] = values[j][column];
            }
        }
    }

    /** Inverse FFT of every field of {@code columns}: Fourier coefficients → grid values. */
    public void fourierToGrid(ColumnGrid columns) {
        fourierToGrid(columns, columns.fields());
    }

    /** Inverse FFT of the first {@code fields} fields of {@code columns}. */
    public void fourierToGrid(ColumnGrid columns, int fields) {
        checkColumns(columns, fields);
        columns.fft.inverse(columns.fourier, columns.values, truncation, fields * columns.rowsPerField());
    }

    /** Forward FFT of every field of {@code columns}: grid values → Fourier coefficients of orders 0 … T. */
    public void gridToFourier(ColumnGrid columns) {
        gridToFourier(columns, columns.fields());
    }

    /** Forward FFT of the first {@code fields} fields of {@code columns}. */
    public void gridToFourier(ColumnGrid columns, int fields) {
        checkColumns(columns, fields);
        columns.fft.forward(columns.values, columns.fourier, truncation, fields * columns.rowsPerField());
    }

    /**
     * Legendre stage of the synthesis: the Fourier coefficients F_m(μ_i) = Σ_l a_lm P̄_l^m(μ_i) of every row of field
     * {@code field} of {@code columns}. For a northern-only grid the field must be antisymmetric: only its l − m odd
     * coefficients are read.
     */
    public void synthesizeFourier(double[] spec, ColumnGrid columns, int field) {
        checkSpectral(spec);
        checkColumns(columns, field + 1);
        boolean northernOnly = columns.northernOnly();
        int base = field * columns.rowsPerField();
        for (int m = 0; m <= truncation; m++) {
            clear(oddRe, oddIm);
            if (!northernOnly) {
                clear(evenRe, evenIm);
            }
            int k0 = index.offset(m);
            double[][] table = p[m];
            for (int n = northernOnly ? 1 : 0; n < table.length; n += northernOnly ? 2 : 1) {
                double a = spec[2 * (k0 + n)];
                double b = m == 0 ? 0 : spec[2 * (k0 + n) + 1];
                if ((n & 1) == 0) {
                    axpy(table[n], a, b, evenRe, evenIm);
                } else {
                    axpy(table[n], a, b, oddRe, oddIm);
                }
            }
            store(columns, base, m, evenRe, evenIm, oddRe, oddIm, 1);
        }
    }

    /**
     * Legendre stage of the gradient synthesis: Fourier coefficients of ∂f/∂λ (i·m·F_m) into field {@code fieldLambda}
     * and of (1 − μ²) ∂f/∂μ (Σ_l a_lm H_l^m) into field {@code fieldMu}. Northern-only grids: as {@link #synthesizeFourier}.
     */
    public void synthesizeGradientFourier(double[] spec, ColumnGrid columns, int fieldLambda, int fieldMu) {
        checkSpectral(spec);
        checkColumns(columns, Math.max(fieldLambda, fieldMu) + 1);
        boolean northernOnly = columns.northernOnly();
        int lambdaBase = fieldLambda * columns.rowsPerField();
        int muBase = fieldMu * columns.rowsPerField();
        for (int m = 0; m <= truncation; m++) {
            clear(oddRe, oddIm);
            clear(oddHRe, oddHIm);
            if (!northernOnly) {
                clear(evenRe, evenIm);
                clear(evenHRe, evenHIm);
            }
            int k0 = index.offset(m);
            double[][] pm = p[m];
            double[][] hm = h[m];
            for (int n = northernOnly ? 1 : 0; n < pm.length; n += northernOnly ? 2 : 1) {
                double a = spec[2 * (k0 + n)];
                double b = m == 0 ? 0 : spec[2 * (k0 + n) + 1];
                // ∂/∂λ multiplies a + ib by i·m: (−m·b, m·a).
                if ((n & 1) == 0) {
                    axpy2(pm[n], hm[n], -m * b, m * a, a, b, evenRe, evenIm, evenHRe, evenHIm);
                } else {
                    axpy2(pm[n], hm[n], -m * b, m * a, a, b, oddRe, oddIm, oddHRe, oddHIm);
                }
            }
            store(columns, lambdaBase, m, evenRe, evenIm, oddRe, oddIm, 1);
            // H has the opposite parity to P̄: its southern value is odd − even.
            store(columns, muBase, m, evenHRe, evenHIm, oddHRe, oddHIm, -1);
        }
    }

    /**
     * Writes the Fourier coefficients of order m of one field: northern rows even + odd, southern rows
     * parity·(even − odd); a northern-only grid takes the odd sums alone.
     */
    private void store(ColumnGrid columns, int base, int m, double[] eRe, double[] eIm, double[] oRe, double[] oIm,
                       int parity) {
        double[] re = columns.fourier[2 * m];
        double[] im = columns.fourier[2 * m + 1];
        if (columns.northernOnly()) {
            System.arraycopy(oRe, 0, re, base, pairs);
            System.arraycopy(oIm, 0, im, base, pairs);
            return;
        }
        for (int i = 0; i < pairs; i++) {
            re[base + i] = eRe[i] + oRe[i];
            im[base + i] = eIm[i] + oIm[i];
            re[base + pairs + i] = parity * (eRe[i] - oRe[i]);
            im[base + pairs + i] = parity * (eIm[i] - oIm[i]);
        }
    }

    /**
     * Legendre stage of the analysis: a_lm = Σ_i (w_i/N) P̄_l^m(μ_i) F_m(μ_i) from the Fourier coefficients of field
     * {@code field} of {@code columns} (after {@link #gridToFourier}); mirror rows are combined by parity. A northern-only
     * grid holds an antisymmetric field: only the l − m odd coefficients are formed, the others are zero.
     * {@code spec} is overwritten.
     */
    public void analyzeFourier(ColumnGrid columns, int field, double[] spec) {
        checkSpectral(spec);
        checkColumns(columns, field + 1);
        java.util.Arrays.fill(spec, 0);
        boolean northernOnly = columns.northernOnly();
        int base = field * columns.rowsPerField();
        for (int m = 0; m <= truncation; m++) {
            double[] re = columns.fourier[2 * m];
            double[] im = columns.fourier[2 * m + 1];
            if (northernOnly) {
                for (int i = 0; i < pairs; i++) {
                    double w = 2 * weightOverN[i];
                    oddRe[i] = w * re[base + i];
                    oddIm[i] = w * im[base + i];
                }
            } else {
                for (int i = 0; i < pairs; i++) {
                    double w = weightOverN[i];
                    double nRe = re[base + i];
                    double nIm = im[base + i];
                    double sRe = re[base + pairs + i];
                    double sIm = im[base + pairs + i];
                    evenRe[i] = w * (nRe + sRe);
                    evenIm[i] = w * (nIm + sIm);
                    oddRe[i] = w * (nRe - sRe);
                    oddIm[i] = w * (nIm - sIm);
                }
            }
            int k0 = index.offset(m);
            double[][] table = p[m];
            int count = table.length;
            int n = northernOnly ? 1 : 0;
            int step = northernOnly ? 2 : 1;
            for (; n + step < count; n += 2 * step) {
                double[] aRe = (n & 1) == 0 ? evenRe : oddRe;
                double[] aIm = (n & 1) == 0 ? evenIm : oddIm;
                double[] bRe = ((n + step) & 1) == 0 ? evenRe : oddRe;
                double[] bIm = ((n + step) & 1) == 0 ? evenIm : oddIm;
                dot2(table[n], aRe, aIm, table[n + step], bRe, bIm, spec, 2 * (k0 + n), 2 * (k0 + n + step));
            }
            if (n < count) {
                double[] aRe = (n & 1) == 0 ? evenRe : oddRe;
                double[] aIm = (n & 1) == 0 ? evenIm : oddIm;
                dot1(table[n], aRe, aIm, spec, 2 * (k0 + n));
            }
        }
        for (int l = 0; l <= truncation; l++) {
            spec[2 * index.index(l, 0) + 1] = 0;
        }
    }

    private static void clear(double[] a, double[] b) {
        java.util.Arrays.fill(a, 0);
        java.util.Arrays.fill(b, 0);
    }

    /** re += t·a, im += t·b (unit stride, vectorised). */
    private static void axpy(double[] t, double a, double b, double[] re, double[] im) {
        for (int i = 0; i < t.length; i++) {
            re[i] += t[i] * a;
            im[i] += t[i] * b;
        }
    }

    /** The two tables of a gradient in one pass: re += t·a, im += t·b, hRe += u·c, hIm += u·d. */
    private static void axpy2(double[] t, double[] u, double a, double b, double c, double d,
                              double[] re, double[] im, double[] hRe, double[] hIm) {
        for (int i = 0; i < t.length; i++) {
            re[i] += t[i] * a;
            im[i] += t[i] * b;
            hRe[i] += u[i] * c;
            hIm[i] += u[i] * d;
        }
    }

    /** spec[at] = Σ t·re, spec[at + 1] = Σ t·im (independent partial sums, no loop-carried chain of one sum). */
    private static void dot1(double[] t, double[] re, double[] im, double[] spec, int at) {
        double sRe = 0;
        double sIm = 0;
        for (int i = 0; i < t.length; i++) {
            sRe += t[i] * re[i];
            sIm += t[i] * im[i];
        }
        spec[at] = sRe;
        spec[at + 1] = sIm;
    }

    /** Two coefficients at once: spec[at] = Σ t·aRe, … and spec[bt] = Σ u·bRe, … (four independent sums). */
    private static void dot2(double[] t, double[] aRe, double[] aIm, double[] u, double[] bRe, double[] bIm,
                             double[] spec, int at, int bt) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int i = 0; i < t.length; i++) {
            double x = t[i];
            double y = u[i];
            s0 += x * aRe[i];
            s1 += x * aIm[i];
            s2 += y * bRe[i];
            s3 += y * bIm[i];
        }
        spec[at] = s0;
        spec[at + 1] = s1;
        spec[bt] = s2;
        spec[bt + 1] = s3;
    }

    private void checkColumns(ColumnGrid columns, int fields) {
        if (columns.values.length != nlon || columns.fourier.length != 2 * (truncation + 1)
                || columns.rowsPerField() != (columns.northernOnly() ? pairs : nlat)) {
            throw new IllegalArgumentException(columns + " does not belong to this transform");
        }
        if (fields < 1 || fields > columns.fields()) {
            throw new IllegalArgumentException("field count " + fields + " outside 1.." + columns.fields());
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
