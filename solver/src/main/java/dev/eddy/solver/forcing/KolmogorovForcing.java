package dev.eddy.solver.forcing;

import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.grid.Offset;

/**
 * Kolmogorov forcing {@code f_x = scale·sin(k·y)}, {@code f_y = 0}, with {@code f_x} sampled at the u-faces,
 * {@code y_j = (j + ½)·Δy} (tsm.md §1, JAX-CFD {@code forcings.kolmogorov_forcing}; TSM/Kochkov: scale 1, k 4).
 * Combine with {@link LinearDrag} for the full Kolmogorov-flow forcing {@code f = scale·sin(ky)·x̂ − d·v}:
 * see {@link #withDrag}.
 */
public final class KolmogorovForcing implements Forcing {
    private final Grid grid;
    private final double scale;
    private final double wavenumber;
    private final double[] profile;

    /**
     * @param scale amplitude of the force
     * @param wavenumber angular wavenumber {@code k} (an integer on the 2π box keeps it periodic)
     */
    public KolmogorovForcing(Grid grid, double scale, double wavenumber) {
        if (!Double.isFinite(scale) || !Double.isFinite(wavenumber)) {
            throw new IllegalArgumentException("Kolmogorov forcing needs finite scale and wavenumber, got " + scale + ", " + wavenumber);
        }
        this.grid = grid;
        this.scale = scale;
        this.wavenumber = wavenumber;
        this.profile = profile(grid, Offset.X_FACE, scale, wavenumber);
    }

    /** Kolmogorov forcing plus linear drag {@code −drag·v}: the TSM/Kochkov setting is {@code (grid, 1, 4, 0.1)}. */
    public static Forcing withDrag(Grid grid, double scale, double wavenumber, double drag) {
        return new KolmogorovForcing(grid, scale, wavenumber).plus(new LinearDrag(drag));
    }

    /**
     * The profile {@code scale·sin(k·y_j)} at rows {@code y_j = (j + oy)·Δy} of points at {@code offset}; e.g.
     * {@link Offset#NODE} gives the collocated profile of the pseudo-spectral solver.
     */
    public static double[] profile(Grid grid, Offset offset, double scale, double wavenumber) {
        double[] y = grid.yCoordinates(offset.y());
        double[] p = new double[y.length];
        for (int j = 0; j < y.length; j++) {
            p[j] = scale * Math.sin(wavenumber * y[j]);
        }
        return p;
    }

    public double scale() {
        return scale;
    }

    public double wavenumber() {
        return wavenumber;
    }

    @Override
    public void accumulate(double[] u, double[] v, double[] du, double[] dv) {
        int nx = grid.nx();
        for (int j = 0; j < grid.ny(); j++) {
            double f = profile[j];
            int row = j * nx;
            for (int i = 0; i < nx; i++) {
                du[row + i] += f;
            }
        }
    }

    @Override
    public String toString() {
        return "Kolmogorov forcing f_x = " + scale + "·sin(" + wavenumber + "·y)";
    }
}
