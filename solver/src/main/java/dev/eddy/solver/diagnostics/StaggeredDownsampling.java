package dev.eddy.solver.diagnostics;

import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.grid.Grid;

/**
 * Downsampling of a MAC velocity by an integer factor {@code f} that keeps the discrete divergence zero (tsm.md §1;
 * JAX-CFD {@code resize.downsample_staggered_velocity}):
 * <pre>
 *   U_{I,J} = (1/f) Σ_{s&lt;f} u_{fI+f−1, fJ+s}      (the fine x-faces on the coarse x-face, averaged along y)
 *   V_{I,J} = (1/f) Σ_{s&lt;f} v_{fI+s, fJ+f−1}      (symmetric)
 * </pre>
 * Each coarse face value is the mean flux through that face, so the coarse divergence of a cell is the mean of the
 * fine divergences inside it: zero in, zero out.
 */
public final class StaggeredDownsampling {
    private StaggeredDownsampling() {}

    /** The velocity on a coarser grid of {@code nx/factor × ny/factor} cells over the same domain. */
    public static StaggeredVelocity downsample(StaggeredVelocity fine, int factor) {
        Grid g = fine.grid();
        if (factor < 1 || g.nx() % factor != 0 || g.ny() % factor != 0) {
            throw new IllegalArgumentException("downsampling factor " + factor + " must divide the grid " + g.nx() + "×" + g.ny());
        }
        Grid coarse = new Grid(g.nx() / factor, g.ny() / factor, g.lx(), g.ly());
        double[] u = fine.u().data();
        double[] v = fine.v().data();
        double[] cu = new double[coarse.size()];
        double[] cv = new double[coarse.size()];
        int nx = g.nx();
        for (int jc = 0; jc < coarse.ny(); jc++) {
            for (int ic = 0; ic < coarse.nx(); ic++) {
                double su = 0;
                double sv = 0;
                for (int s = 0; s < factor; s++) {
                    su += u[(factor * jc + s) * nx + factor * ic + factor - 1];
                    sv += v[(factor * jc + factor - 1) * nx + factor * ic + s];
                }
                cu[jc * coarse.nx() + ic] = su / factor;
                cv[jc * coarse.nx() + ic] = sv / factor;
            }
        }
        return StaggeredVelocity.of(coarse, cu, cv);
    }

    /** Downsampling to an {@code n × n} grid from a square grid whose size {@code n} divides. */
    public static StaggeredVelocity toSize(StaggeredVelocity fine, int n) {
        Grid g = fine.grid();
        if (n < 2 || g.nx() % n != 0 || g.nx() != g.ny()) {
            throw new IllegalArgumentException("cannot downsample a " + g.nx() + "×" + g.ny() + " grid to " + n + "×" + n
                    + " (needs a square grid whose size is a multiple of " + n + ")");
        }
        return downsample(fine, g.nx() / n);
    }
}
