package dev.eddy.solver.fv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.solver.diagnostics.FlowDiagnostics;
import dev.eddy.solver.field.Field;
import dev.eddy.solver.field.RandomFields;
import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.grid.Offset;
import dev.eddy.solver.operators.FiniteDifferences;
import org.junit.jupiter.api.Test;

class PressureProjectionTest {

    @Test
    void projectedRandomFieldIsDivergenceFreeToRounding() {
        Grid g = new Grid(64, 48, 2 * Math.PI, 3.0);
        StaggeredVelocity v = RandomFields.velocity(g, 1);
        assertTrue(FlowDiagnostics.maxAbsDivergence(v) > 1);
        StaggeredVelocity p = PressureProjection.project(v);
        assertTrue(FlowDiagnostics.maxAbsDivergence(p) <= 1e-10, "max|div| = " + FlowDiagnostics.maxAbsDivergence(p));
    }

    @Test
    void projectionIsIdempotentAndKeepsTheMeanFlow() {
        Grid g = Grid.square2Pi(32);
        StaggeredVelocity once = PressureProjection.project(RandomFields.velocity(g, 2));
        StaggeredVelocity twice = PressureProjection.project(once);
        for (int k = 0; k < g.size(); k++) {
            assertEquals(once.u().data()[k], twice.u().data()[k], 1e-12);
            assertEquals(once.v().data()[k], twice.v().data()[k], 1e-12);
        }
        StaggeredVelocity raw = RandomFields.velocity(g, 2);
        assertEquals(mean(raw.u().data()), mean(once.u().data()), 1e-14);
        assertEquals(mean(raw.v().data()), mean(once.v().data()), 1e-14);
    }

    @Test
    void aGradientFieldIsRemovedEntirely() {
        Grid g = Grid.square2Pi(32);
        Field p = Field.of(g, Offset.CENTER, RandomFields.uniform(g.size(), 3));
        StaggeredVelocity grad = FiniteDifferences.gradient(p);
        StaggeredVelocity projected = PressureProjection.project(grad);
        assertEquals(0.0, projected.u().maxAbs(), 1e-11);
        assertEquals(0.0, projected.v().maxAbs(), 1e-11);
    }

    private static double mean(double[] a) {
        double s = 0;
        for (double x : a) {
            s += x;
        }
        return s / a.length;
    }
}
