package dev.eddy.solver.grid;

/**
 * A uniform, doubly periodic 2-D grid on the domain {@code [0, lx) × [0, ly)}.
 *
 * <p>Cell {@code (i, j)} spans {@code [i·dx, (i+1)·dx) × [j·dy, (j+1)·dy)}. A quantity at offset {@code (ox, oy)} (in
 * cell units) sits at {@code x_i = (i + ox)·dx}, {@code y_j = (j + oy)·dy}: cell centres at (½, ½), x-faces (the MAC
 * {@code u} points) at (1, ½), y-faces ({@code v}) at (½, 1), corners (vorticity) at (1, 1) — the JAX-CFD convention
 * (tsm.md §2.1), named by {@link Offset}. Spectral collocation points are offset (0, 0): {@code x_i = i·L/N}.
 *
 * <p>Arrays over a grid are row-major {@code double[ny * nx]} with x fastest: element {@code (i, j)} is at index
 * {@code j * nx + i}, matching the {@code (y, x)} dimension order of eddy's NetCDF files.
 *
 * @param nx number of cells along x (≥ 2)
 * @param ny number of cells along y (≥ 2)
 * @param lx domain length along x (&gt; 0)
 * @param ly domain length along y (&gt; 0)
 */
public record Grid(int nx, int ny, double lx, double ly) {

    public Grid {
        if (nx < 2 || ny < 2) {
            throw new IllegalArgumentException("grid needs at least 2 cells per axis, got " + nx + "×" + ny);
        }
        if (!(lx > 0) || !(ly > 0) || !Double.isFinite(lx) || !Double.isFinite(ly)) {
            throw new IllegalArgumentException("domain lengths must be positive and finite, got " + lx + "×" + ly);
        }
    }

    /** A square N×N grid on {@code [0, L)²}. */
    public static Grid square(int n, double length) {
        return new Grid(n, n, length, length);
    }

    /** The default Kolmogorov-flow grid: N×N on {@code [0, 2π)²}. */
    public static Grid square2Pi(int n) {
        return square(n, 2 * Math.PI);
    }

    public double dx() {
        return lx / nx;
    }

    public double dy() {
        return ly / ny;
    }

    public int size() {
        return nx * ny;
    }

    /** Flat index of cell (i, j), with periodic wrap of both indices. */
    public int index(int i, int j) {
        return Math.floorMod(j, ny) * nx + Math.floorMod(i, nx);
    }

    /** Coordinates along x of points at offset {@code ox} (cell units): {@code (i + ox)·dx}. */
    public double[] xCoordinates(double ox) {
        double[] x = new double[nx];
        for (int i = 0; i < nx; i++) {
            x[i] = (i + ox) * dx();
        }
        return x;
    }

    /** Coordinates along y of points at offset {@code oy} (cell units): {@code (j + oy)·dy}. */
    public double[] yCoordinates(double oy) {
        double[] y = new double[ny];
        for (int j = 0; j < ny; j++) {
            y[j] = (j + oy) * dy();
        }
        return y;
    }

    @Override
    public String toString() {
        return "Grid[" + nx + "×" + ny + " on [0," + lx + ")×[0," + ly + "), dx=" + dx() + ", dy=" + dy() + "]";
    }
}
