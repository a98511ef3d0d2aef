package dev.eddy.solver.operators;

import dev.eddy.solver.fft.WorkerTeam;
import dev.eddy.solver.grid.Grid;

/**
 * Flux-form convection {@code −∇·(v ⊗ v)} of a MAC-grid velocity (tsm.md §2.3; JAX-CFD
 * {@code advection.advect_general} with linear {@code u}-interpolation and Lax–Wendroff + Van Leer
 * {@code c}-interpolation, the DNS configuration).
 *
 * <p>For each component {@code c ∈ {u, v}} and axis {@code d}, on the faces of {@code c}'s control volume
 * (u: (1.5, ½) and (1, 1); v: (1, 1) and (½, 1.5)):
 * <ol>
 *   <li>the advecting velocity {@code w_d} is linearly interpolated to the face (mean of its 2 neighbours);</li>
 *   <li>{@code c} is interpolated to the face by {@link TvdInterpolation#faceValue} with Courant number
 *       {@code Δt·w_d/Δ_d};</li>
 *   <li>flux {@code F_d = c_face·w_d}; {@code conv(c) = −Σ_d (F_{d,i} − F_{d,i−1})/Δ_d} (backward difference
 *       back to {@code c}'s own location).</li>
 * </ol>
 * Written out for {@code u} at x-face {@code (i, j)}:
 * <pre>
 *   Fx_{i,j} = TVD(u_{i−1}, u_i, u_{i+1}, u_{i+2}; a)·a,   a = ½(u_{i,j} + u_{i+1,j})
 *   Fy_{i,j} = TVD(u_{j−1}, u_j, u_{j+1}, u_{j+2}; b)·b,   b = ½(v_{i,j} + v_{i+1,j})
 * </pre>
 * and for {@code v} at y-face {@code (i, j)}: {@code a = ½(u_{i,j} + u_{i,j+1})}, {@code b = ½(v_{i,j} + v_{i,j+1})}.
 *
 * <p>One instance owns its flux scratch arrays: reuse it across steps (no allocation per call); not thread-safe.
 */
public final class Convection {
    private final Grid grid;
    private final WorkerTeam team;
    private final double[] fluxUx;
    private final double[] fluxUy;
    private final double[] fluxVx;
    private final double[] fluxVy;
    private final int[] left;
    private final int[] right;
    private final int[] right2;

    /** Convection on {@code grid}, with row loops split among {@code team}'s threads. */
    public Convection(Grid grid, WorkerTeam team) {
        this.grid = grid;
        this.team = team;
        int n = grid.size();
        fluxUx = new double[n];
        fluxUy = new double[n];
        fluxVx = new double[n];
        fluxVy = new double[n];
        int nx = grid.nx();
        left = new int[nx];
        right = new int[nx];
        right2 = new int[nx];
        for (int i = 0; i < nx; i++) {
            left[i] = Math.floorMod(i - 1, nx);
            right[i] = Math.floorMod(i + 1, nx);
            right2[i] = Math.floorMod(i + 2, nx);
        }
    }

    public Grid grid() {
        return grid;
    }

    /**
     * Writes {@code conv(u)} into {@code outU} and {@code conv(v)} into {@code outV}; {@code dt} enters only through
     * the Lax–Wendroff Courant numbers.
     */
    public void convect(double[] u, double[] v, double dt, double[] outU, double[] outV) {
        computeFluxes(u, v, dt);
        int nx = grid.nx();
        int ny = grid.ny();
        double rdx = 1 / grid.dx();
        double rdy = 1 / grid.dy();
        RowLoops.forRows(team, grid.ny(), (j0, j1) -> {
            for (int j = j0; j < j1; j++) {
                int row = j * nx;
                int down = (j == 0 ? ny - 1 : j - 1) * nx;
                for (int i = 0; i < nx; i++) {
                    int k = row + i;
                    int kl = row + left[i];
                    outU[k] = -(fluxUx[k] - fluxUx[kl]) * rdx - (fluxUy[k] - fluxUy[down + i]) * rdy;
                    outV[k] = -(fluxVx[k] - fluxVx[kl]) * rdx - (fluxVy[k] - fluxVy[down + i]) * rdy;
                }
            }
        });
    }

    private void computeFluxes(double[] u, double[] v, double dt) {
        int nx = grid.nx();
        int ny = grid.ny();
        double cx = dt / grid.dx();
        double cy = dt / grid.dy();
        RowLoops.forRows(team, grid.ny(), (j0, j1) -> {
            for (int j = j0; j < j1; j++) {
                int row = j * nx;
                int down = Math.floorMod(j - 1, ny) * nx;
                int up = Math.floorMod(j + 1, ny) * nx;
                int up2 = Math.floorMod(j + 2, ny) * nx;
                for (int i = 0; i < nx; i++) {
                    int k = row + i;
                    int il = left[i];
                    int ir = right[i];
                    int ir2 = right2[i];
                    double uk = u[k];
                    double vk = v[k];
                    double a = 0.5 * (uk + u[row + ir]);
                    fluxUx[k] = a * TvdInterpolation.faceValue(u[row + il], uk, u[row + ir], u[row + ir2], a, cx * a);
                    double b = 0.5 * (vk + v[row + ir]);
                    fluxUy[k] = b * TvdInterpolation.faceValue(u[down + i], uk, u[up + i], u[up2 + i], b, cy * b);
                    double a2 = 0.5 * (uk + u[up + i]);
                    fluxVx[k] = a2 * TvdInterpolation.faceValue(v[row + il], vk, v[row + ir], v[row + ir2], a2, cx * a2);
                    double b2 = 0.5 * (vk + v[up + i]);
                    fluxVy[k] = b2 * TvdInterpolation.faceValue(v[down + i], vk, v[up + i], v[up2 + i], b2, cy * b2);
                }
            }
        });
    }
}
