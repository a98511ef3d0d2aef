package dev.eddy.climate.sphere;

/**
 * Several grid fields of one {@link SphericalTransform} side by side in longitude-major layout, with their Fourier
 * coefficients in the same layout: the working form of the transform, in which the longitude FFT runs over all
 * latitude rows of all fields at once (see {@link BatchedRealFft}).
 *
 * <p>Each field occupies a block of {@link #rowsPerField()} consecutive columns: the northern latitude rows
 * i = 0 … nlat/2 − 1 at columns i, and (unless {@link #northernOnly()}) the southern mirror rows nlat − 1 − i at
 * columns nlat/2 + i. The value of field f at latitude row r and longitude j is {@code longitude(j)[column(f, r)]};
 * Fourier coefficient m of that row is at {@code fourierReal(m)[column(f, r)]} and {@code fourierImaginary(m)[…]}.
 * A northern-only grid holds equatorially antisymmetric fields (f(−μ) = −f(μ)), whose southern rows follow by parity.
 *
 * <p>Created by {@link SphericalTransform#newColumnGrid}; owns its FFT work rows, so it is not thread-safe.
 */
public final class ColumnGrid {
    private final int fields;
    private final int rowsPerField;
    private final boolean northernOnly;
    private final int nlat;
    final double[][] values;
    final double[][] fourier;
    final BatchedRealFft fft;

    ColumnGrid(GaussianGrid grid, int truncation, int fields, boolean northernOnly) {
        if (fields < 1) {
            throw new IllegalArgumentException("a column grid needs at least one field, got " + fields);
        }
        this.fields = fields;
        this.nlat = grid.nlat();
        this.northernOnly = northernOnly;
        this.rowsPerField = northernOnly ? grid.nlat() / 2 : grid.nlat();
        int columns = fields * rowsPerField;
        this.values = new double[grid.nlon()][columns];
        this.fourier = new double[2 * (truncation + 1)][columns];
        this.fft = new BatchedRealFft(grid.nlon(), columns);
    }

    /** Number of fields. */
    public int fields() {
        return fields;
    }

    /** Columns per field: nlat/2 if northern-only, else nlat. */
    public int rowsPerField() {
        return rowsPerField;
    }

    /** Whether only the northern rows of (antisymmetric) fields are held. */
    public boolean northernOnly() {
        return northernOnly;
    }

    /** Column of field {@code field} at Gaussian latitude row {@code row} (north → south). */
    public int column(int field, int row) {
        if (field < 0 || field >= fields || row < 0 || row >= nlat || northernOnly && row >= nlat / 2) {
            throw new IndexOutOfBoundsException("field " + field + ", row " + row + " not in " + this);
        }
        int pairs = nlat / 2;
        return field * rowsPerField + (row < pairs ? row : pairs + nlat - 1 - row);
    }

    /** Gaussian latitude row (north → south) held in column {@code c} of every field block. */
    public int latitudeRow(int c) {
        int pairs = nlat / 2;
        return c < pairs ? c : nlat - 1 - (c - pairs);
    }

    /** The values of all columns at longitude index j (the backing row: writes go into the grid). */
    public double[] longitude(int j) {
        return values[j];
    }

    /** Real parts of Fourier order m of all columns (the backing row). */
    public double[] fourierReal(int m) {
        return fourier[2 * m];
    }

    /** Imaginary parts of Fourier order m of all columns (the backing row). */
    public double[] fourierImaginary(int m) {
        return fourier[2 * m + 1];
    }

    @Override
    public String toString() {
        return "column grid of " + fields + " fields x " + rowsPerField + (northernOnly ? " northern" : "") + " rows";
    }
}
