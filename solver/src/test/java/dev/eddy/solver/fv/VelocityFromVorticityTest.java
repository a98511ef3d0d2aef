package dev.eddy.solver.fv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.solver.diagnostics.FlowDiagnostics;
import dev.eddy.solver.field.Field;
import dev.eddy.solver.field.RandomFields;
import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.grid.Offset;
import dev.eddy.solver.init.FilteredVelocityField;
import org.junit.jupiter.api.Test;

class VelocityFromVorticityTest {

    @Test
    void curlOfTheResultIsTheVorticityLessItsMean() {
        Grid g = new Grid(32, 24, 2 * Math.PI, 3.0);
        double[] w = RandomFields.uniform(g.size(), 12);
        double mean = 0;
        for (double x : w) {
            mean += x / w.length;
        }
        StaggeredVelocity v = VelocityFromVorticity.of(Field.of(g, Offset.CORNER, w));
        double[] curl = FlowDiagnostics.vorticity(v).data();
        for (int k = 0; k < g.size(); k++) {
            assertEquals(w[k] - mean, curl[k], 1e-11);
        }
        assertTrue(FlowDiagnostics.maxAbsDivergence(v) <= 1e-12);
    }

    @Test
    void recoversADivergenceFreeVelocityWithoutMeanFlow() {
        Grid g = Grid.square2Pi(64);
        StaggeredVelocity v = FilteredVelocityField.generate(g, 4, 4, 7.0);
        StaggeredVelocity back = VelocityFromVorticity.of(FlowDiagnostics.vorticity(v));
        for (int k = 0; k < g.size(); k++) {
            assertEquals(v.u().data()[k], back.u().data()[k], 1e-11);
            assertEquals(v.v().data()[k], back.v().data()[k], 1e-11);
        }
    }

    @Test
    void nodeVorticityIsTheSamePointsShiftedByOneIndex() {
        Grid g = Grid.square2Pi(16);
        Field corners = Field.sample(g, Offset.CORNER, (x, y) -> Math.sin(2 * x) * Math.cos(y));
        Field nodes = Field.sample(g, Offset.NODE, (x, y) -> Math.sin(2 * x) * Math.cos(y));
        StaggeredVelocity a = VelocityFromVorticity.of(corners);
        StaggeredVelocity b = VelocityFromVorticity.of(nodes);
        for (int k = 0; k < g.size(); k++) {
            assertEquals(a.u().data()[k], b.u().data()[k], 1e-13);
        }
    }
}
