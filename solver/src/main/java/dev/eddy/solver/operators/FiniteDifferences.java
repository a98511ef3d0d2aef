package dev.eddy.solver.operators;

import dev.eddy.solver.fft.WorkerTeam;
import dev.eddy.solver.field.Field;
import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.grid.Offset;

/**
 * Second-order finite differences on the periodic MAC grid (tsm.md §2.2, JAX-CFD {@code finite_differences.py}).
 * Index {@code (i, j)} is cell {@code (i, j)}; neighbours wrap periodically.
 *
 * <ul>
 *   <li>divergence, x-face/y-face → centre, backward differences:
 *       {@code div_{i,j} = (u_{i,j} − u_{i−1,j})/Δx + (v_{i,j} − v_{i,j−1})/Δy}</li>
 *   <li>gradient, centre → faces, forward differences:
 *       {@code (∂p/∂x)_{i,j} = (p_{i+1,j} − p_{i,j})/Δx} at x-faces, {@code (∂p/∂y)_{i,j} = (p_{i,j+1} − p_{i,j})/Δy} at y-faces</li>
 *   <li>5-point Laplacian, same location:
 *       {@code (c_{i+1,j} − 2c_{i,j} + c_{i−1,j})/Δx² + (c_{i,j+1} − 2c_{i,j} + c_{i,j−1})/Δy²}</li>
 *   <li>curl at corners (1, 1), forward differences:
 *       {@code ω_{i,j} = (v_{i+1,j} − v_{i,j})/Δx − (u_{i,j+1} − u_{i,j})/Δy}</li>
 * </ul>
 * The array methods ({@code …Into}) write into a caller-provided array, split rows among the members of a
 * {@link WorkerTeam}, and allocate no arrays.
 */
public final class FiniteDifferences {
    private FiniteDifferences() {}

    /** Divergence of a staggered velocity, at cell centres. */
    public static Field divergence(StaggeredVelocity vel) {
        Field out = Field.zeros(vel.grid(), Offset.CENTER);
        divergenceInto(RowLoops.sequential(), vel.grid(), vel.u().data(), vel.v().data(), out.data());
        return out;
    }

    /** Backward-difference divergence of x-face {@code u} and y-face {@code v} into the centre array {@code out}. */
    public static void divergenceInto(WorkerTeam team, Grid g, double[] u, double[] v, double[] out) {
        int nx = g.nx();
        int ny = g.ny();
        double rdx = 1 / g.dx();
        double rdy = 1 / g.dy();
        RowLoops.forRows(team, g.ny(), (j0, j1) -> {
            for (int j = j0; j < j1; j++) {
                int row = j * nx;
                int down = (j == 0 ? ny - 1 : j - 1) * nx;
                out[row] = (u[row] - u[row + nx - 1]) * rdx + (v[row] - v[down]) * rdy;
                for (int i = 1; i < nx; i++) {
                    out[row + i] = (u[row + i] - u[row + i - 1]) * rdx + (v[row + i] - v[down + i]) * rdy;
                }
            }
        });
    }

    /** Forward-difference gradient of a centre field: x-derivative on x-faces, y-derivative on y-faces. */
    public static StaggeredVelocity gradient(Field p) {
        p.requireOffset("gradient operand", Offset.CENTER);
        StaggeredVelocity out = StaggeredVelocity.zeros(p.grid());
        gradientInto(RowLoops.sequential(), p.grid(), p.data(), out.u().data(), out.v().data());
        return out;
    }

    /** Forward-difference gradient of the centre array {@code p} into x-face {@code gx} and y-face {@code gy}. */
    public static void gradientInto(WorkerTeam team, Grid g, double[] p, double[] gx, double[] gy) {
        int nx = g.nx();
        int ny = g.ny();
        double rdx = 1 / g.dx();
        double rdy = 1 / g.dy();
        RowLoops.forRows(team, g.ny(), (j0, j1) -> {
            for (int j = j0; j < j1; j++) {
                int row = j * nx;
                int up = (j == ny - 1 ? 0 : j + 1) * nx;
                for (int i = 0; i < nx - 1; i++) {
                    gx[row + i] = (p[row + i + 1] - p[row + i]) * rdx;
                    gy[row + i] = (p[up + i] - p[row + i]) * rdy;
                }
                gx[row + nx - 1] = (p[row] - p[row + nx - 1]) * rdx;
                gy[row + nx - 1] = (p[up + nx - 1] - p[row + nx - 1]) * rdy;
            }
        });
    }

    /** 5-point Laplacian of a field, at the field's own offset. */
    public static Field laplacian(Field c) {
        Field out = Field.zeros(c.grid(), c.offset());
        laplacianInto(RowLoops.sequential(), c.grid(), c.data(), out.data());
        return out;
    }

    /** 5-point Laplacian of {@code c} into {@code out} (same location). */
    public static void laplacianInto(WorkerTeam team, Grid g, double[] c, double[] out) {
        int nx = g.nx();
        int ny = g.ny();
        double rdx2 = 1 / (g.dx() * g.dx());
        double rdy2 = 1 / (g.dy() * g.dy());
        RowLoops.forRows(team, g.ny(), (j0, j1) -> {
            for (int j = j0; j < j1; j++) {
                int row = j * nx;
                int up = (j == ny - 1 ? 0 : j + 1) * nx;
                int down = (j == 0 ? ny - 1 : j - 1) * nx;
                for (int i = 0; i < nx; i++) {
                    int ip = i == nx - 1 ? 0 : i + 1;
                    int im = i == 0 ? nx - 1 : i - 1;
                    double ci = c[row + i];
                    out[row + i] = (c[row + ip] - 2 * ci + c[row + im]) * rdx2
                            + (c[up + i] - 2 * ci + c[down + i]) * rdy2;
                }
            }
        });
    }

    /** Vorticity {@code ω = ∂v/∂x − ∂u/∂y} at cell corners. */
    public static Field curl(StaggeredVelocity vel) {
        Field out = Field.zeros(vel.grid(), Offset.CORNER);
        curlInto(RowLoops.sequential(), vel.grid(), vel.u().data(), vel.v().data(), out.data());
        return out;
    }

    /** Forward-difference curl of x-face {@code u} and y-face {@code v} into the corner array {@code out}. */
    public static void curlInto(WorkerTeam team, Grid g, double[] u, double[] v, double[] out) {
        int nx = g.nx();
        int ny = g.ny();
        double rdx = 1 / g.dx();
        double rdy = 1 / g.dy();
        RowLoops.forRows(team, g.ny(), (j0, j1) -> {
            for (int j = j0; j < j1; j++) {
                int row = j * nx;
                int up = (j == ny - 1 ? 0 : j + 1) * nx;
                for (int i = 0; i < nx; i++) {
                    int ip = i == nx - 1 ? 0 : i + 1;
                    out[row + i] = (v[row + ip] - v[row + i]) * rdx - (u[up + i] - u[row + i]) * rdy;
                }
            }
        });
    }
}
