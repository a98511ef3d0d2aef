package dev.eddy.solver.fv;

import dev.eddy.solver.fft.RealFft2D;
import dev.eddy.solver.fft.SpectralField;
import dev.eddy.solver.field.Field;
import dev.eddy.solver.field.InconsistentOffsetException;
import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.grid.Offset;

/**
 * The discretely divergence-free MAC velocity whose discrete curl is a given corner vorticity. With the stream
 * function {@code ψ} at the corners,
 * <pre>
 *   u_{i,j} = (ψ_{i,j} − ψ_{i,j−1})/Δy,   v_{i,j} = −(ψ_{i,j} − ψ_{i−1,j})/Δx,   L ψ = −ω
 * </pre>
 * ({@code L} the 5-point Laplacian, solved by FFT with the zero mode dropped): then
 * {@link dev.eddy.solver.operators.FiniteDifferences#curl curl(u, v) = −Lψ = ω − mean(ω)} and the backward
 * divergence vanishes identically. The mean flow is not determined by ω and is set to zero.
 *
 * <p>A vorticity at the collocation nodes (0,0) of the pseudo-spectral solver is accepted too: node {@code (i, j)}
 * is corner {@code (i−1, j−1)}, the same point.
 */
public final class VelocityFromVorticity {
    private VelocityFromVorticity() {}

    /** The velocity of a vorticity at {@link Offset#CORNER} or {@link Offset#NODE}. */
    public static StaggeredVelocity of(Field vorticity) {
        Grid g = vorticity.grid();
        double[] w = switch (vorticity.offset()) {
            case CORNER -> vorticity.data();
            case NODE -> nodesToCorners(g, vorticity.data());
            default -> throw new InconsistentOffsetException("vorticity", Offset.CORNER, vorticity.offset());
        };
        double[] psi = new double[g.size()];
        try (RealFft2D fft = RealFft2D.of(g)) {
            SpectralField s = fft.newSpectrum();
            fft.forward(w, s);
            double[] lambda = LaplacianEigenvalues.of(g);
            for (int k = 0; k < lambda.length; k++) {
                double inv = Math.abs(lambda[k]) < PressureProjection.CUTOFF ? 0 : -1 / lambda[k];
                s.re()[k] *= inv;
                s.im()[k] *= inv;
            }
            fft.inverse(s, psi);
        }
        StaggeredVelocity out = StaggeredVelocity.zeros(g);
        double[] u = out.u().data();
        double[] v = out.v().data();
        for (int j = 0; j < g.ny(); j++) {
            for (int i = 0; i < g.nx(); i++) {
                double p = psi[g.index(i, j)];
                u[g.index(i, j)] = (p - psi[g.index(i, j - 1)]) / g.dy();
                v[g.index(i, j)] = -(p - psi[g.index(i - 1, j)]) / g.dx();
            }
        }
        return out;
    }

    private static double[] nodesToCorners(Grid g, double[] nodes) {
        double[] corners = new double[g.size()];
        for (int j = 0; j < g.ny(); j++) {
            for (int i = 0; i < g.nx(); i++) {
                corners[g.index(i, j)] = nodes[g.index(i + 1, j + 1)];
            }
        }
        return corners;
    }
}
