package dev.eddy.solver.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eddy.solver.fft.WorkerTeam;
import dev.eddy.solver.field.Field;
import dev.eddy.solver.field.RandomFields;
import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.grid.Offset;
import org.junit.jupiter.api.Test;

class ConvectionTest {
    /** Non-square, anisotropic grid so that x/y or nx/ny mix-ups show. */
    private final Grid grid = new Grid(12, 10, 2 * Math.PI, 4.0);
    private final double dt = 0.05;

    @Test
    void fusedKernelEqualsTheCompositionOfLocatedOperators() {
        StaggeredVelocity vel = RandomFields.velocity(grid, 21);
        double[] cu = new double[grid.size()];
        double[] cv = new double[grid.size()];
        new Convection(grid, RowLoops.sequential()).convect(vel.u().data(), vel.v().data(), dt, cu, cv);
        Field refU = reference(vel, vel.u());
        Field refV = reference(vel, vel.v());
        for (int k = 0; k < grid.size(); k++) {
            assertEquals(refU.data()[k], cu[k], 1e-12);
            assertEquals(refV.data()[k], cv[k], 1e-12);
        }
    }

    /**
     * {@code −div(c_face·w_face)} built from the field-level operators. The control-volume faces (1.5, ½) and
     * (½, 1.5) are the periodic images of the centre (½, ½) one index up, so fluxes are formed at CENTER and CORNER and
     * differenced back to the component's own location with the matching one-sided differences.
     */
    private Field reference(StaggeredVelocity vel, Field c) {
        boolean isU = c.offset() == Offset.X_FACE;
        Offset xTarget = isU ? Offset.CENTER : Offset.CORNER;
        Offset yTarget = isU ? Offset.CORNER : Offset.CENTER;
        Field wx = LinearInterpolation.to(vel.u(), xTarget);
        Field wy = LinearInterpolation.to(vel.v(), yTarget);
        Field cx = TvdInterpolation.to(c, xTarget, wx, dt);
        Field cy = TvdInterpolation.to(c, yTarget, wy, dt);
        Field out = Field.zeros(grid, c.offset());
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                double fx;
                double fy;
                if (isU) {
                    // x-flux at CENTER(i+1) is the face right of u_i; y-flux at CORNER(i, j) is above u_{i,j}
                    fx = cx.get(i + 1, j) * wx.get(i + 1, j) - cx.get(i, j) * wx.get(i, j);
                    fy = cy.get(i, j) * wy.get(i, j) - cy.get(i, j - 1) * wy.get(i, j - 1);
                } else {
                    fx = cx.get(i, j) * wx.get(i, j) - cx.get(i - 1, j) * wx.get(i - 1, j);
                    fy = cy.get(i, j + 1) * wy.get(i, j + 1) - cy.get(i, j) * wy.get(i, j);
                }
                out.data()[grid.index(i, j)] = -fx / grid.dx() - fy / grid.dy();
            }
        }
        return out;
    }

    @Test
    void fluxFormConservesMomentum() {
        StaggeredVelocity vel = RandomFields.velocity(grid, 22);
        double[] cu = new double[grid.size()];
        double[] cv = new double[grid.size()];
        new Convection(grid, RowLoops.sequential()).convect(vel.u().data(), vel.v().data(), dt, cu, cv);
        double su = 0;
        double sv = 0;
        for (int k = 0; k < grid.size(); k++) {
            su += cu[k];
            sv += cv[k];
        }
        assertEquals(0.0, su, 1e-11);
        assertEquals(0.0, sv, 1e-11);
    }

    @Test
    void uniformFlowHasNoConvection() {
        StaggeredVelocity vel = StaggeredVelocity.sample(grid, (x, y) -> 0.3, (x, y) -> -1.2);
        double[] cu = new double[grid.size()];
        double[] cv = new double[grid.size()];
        new Convection(grid, RowLoops.sequential()).convect(vel.u().data(), vel.v().data(), dt, cu, cv);
        for (int k = 0; k < grid.size(); k++) {
            assertEquals(0.0, cu[k], 1e-13);
            assertEquals(0.0, cv[k], 1e-13);
        }
    }

    @Test
    void threadsDoNotChangeTheResult() {
        Grid g = Grid.square2Pi(64);
        StaggeredVelocity vel = RandomFields.velocity(g, 23);
        double[] a = new double[g.size()];
        double[] b = new double[g.size()];
        double[] c = new double[g.size()];
        double[] d = new double[g.size()];
        new Convection(g, RowLoops.sequential()).convect(vel.u().data(), vel.v().data(), dt, a, b);
        try (WorkerTeam team = WorkerTeam.of(3)) {
            new Convection(g, team).convect(vel.u().data(), vel.v().data(), dt, c, d);
        }
        assertEquals(java.util.Arrays.hashCode(a), java.util.Arrays.hashCode(c));
        assertEquals(java.util.Arrays.hashCode(b), java.util.Arrays.hashCode(d));
    }
}
