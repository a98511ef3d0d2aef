package dev.eddy.solver.spectral;

/**
 * The "2/3 rule" brick-wall dealiasing filter of JAX-CFD ({@code spectral/utils.py::brick_wall_filter_2d}, tsm.md
 * §2.6), on eddy's {@code rfft2} layout: {@code ny} rows (full axis, y) × {@code nx/2+1} columns (half axis, x).
 *
 * <p>With {@code a = ⌊2·ny/3⌋}, the kept rows are {@code [0, ⌊a/2⌋)} and the last {@code ⌈a/2⌉} rows; the kept
 * columns are {@code [0, ⌊2·(nx/2+1)/3⌋)}. For N = 64: rows {@code k_y ∈ [−21, 20]}, columns {@code k_x ∈ [0, 21]};
 * for N = 128: {@code k_y ∈ [−43, 41]}, {@code k_x ∈ [0, 42]}. JAX-CFD stores fields as (x, y), so its full axis is x;
 * eddy's (y, x) layout applies the same index rule with the axes' roles swapped (full axis y, half axis x).
 *
 * <p>The filter multiplies only the advection term. Immutable.
 */
public final class BrickWallFilter {

    private final int ny;
    private final int columns;
    private final int lowRows;
    private final int highRows;
    private final int keptColumns;

    private BrickWallFilter(int ny, int nx) {
        this.ny = ny;
        this.columns = nx / 2 + 1;
        int a = (int) (2.0 / 3.0 * ny);
        this.lowRows = a / 2;
        this.highRows = a - a / 2;
        this.keptColumns = (int) (2.0 / 3.0 * columns);
    }

    /** The filter for spectra of {@code ny × nx} fields. */
    public static BrickWallFilter of(int ny, int nx) {
        if (ny < 2 || nx < 2 || ny % 2 != 0 || nx % 2 != 0) {
            throw new IllegalArgumentException("brick-wall filter needs even sizes, got " + ny + "×" + nx);
        }
        return new BrickWallFilter(ny, nx);
    }

    /** Whether row {@code r} (y-wavenumber index) is kept. */
    public boolean keepsRow(int r) {
        return r < lowRows || r >= ny - highRows;
    }

    /** Whether column {@code c} (x-wavenumber) is kept. */
    public boolean keepsColumn(int c) {
        return c < keptColumns;
    }

    /** Kept columns are {@code [0, keptColumns())}. */
    public int keptColumns() {
        return keptColumns;
    }

    /** Whether coefficient (r, c) passes the filter. */
    public boolean keeps(int r, int c) {
        return keepsRow(r) && keepsColumn(c);
    }

    /** Per-row flags, length {@code ny}. */
    public boolean[] rowMask() {
        boolean[] m = new boolean[ny];
        for (int r = 0; r < ny; r++) {
            m[r] = keepsRow(r);
        }
        return m;
    }

    /** The filter as 0/1 values on the rfft mesh, row-major {@code ny × (nx/2+1)}. */
    public double[] mask() {
        double[] m = new double[ny * columns];
        for (int r = 0; r < ny; r++) {
            for (int c = 0; c < columns; c++) {
                m[r * columns + c] = keeps(r, c) ? 1.0 : 0.0;
            }
        }
        return m;
    }

    @Override
    public String toString() {
        return "BrickWallFilter[rows [0," + lowRows + ") ∪ [" + (ny - highRows) + "," + ny + "), columns [0,"
                + keptColumns + ")]";
    }
}
