package dev.eddy.solver.fv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eddy.solver.field.Field;
import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.forcing.KolmogorovForcing;
import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.grid.Offset;
import dev.eddy.solver.init.FilteredVelocityField;
import org.junit.jupiter.api.Test;

class FiniteVolumeSolverTest {

    @Test
    void facadeMatchesTheBareStepAndKeepsTheClock() {
        Grid g = Grid.square2Pi(32);
        FvEquation eq = FvEquation.of(g, 1e-3, KolmogorovForcing.withDrag(g, 1, 4, 0.1));
        double dt = TimeStepSize.advective(g, 7, 0.5);
        StaggeredVelocity v = FilteredVelocityField.generate(g, 6, 4, 7.0);
        try (FiniteVolumeSolver solver = FiniteVolumeSolver.implicitDiffusion(eq, dt, StepOptions.sequential());
             VelocityStep step = FiniteVolumeNavierStokes.implicitDiffusion(eq, dt, StepOptions.sequential())) {
            solver.setVelocity(v);
            solver.advance(7);
            step.advance(v, 7);
            assertArrayEquals(v.u().data(), solver.velocity().u().data());
            assertEquals(7, solver.steps());
            assertEquals(7 * dt, solver.time(), 0.0);
            double[] nodes = new double[g.size()];
            solver.vorticityAtNodes(nodes);
            Field corners = solver.vorticityField();
            assertEquals(corners.get(0, 0), nodes[g.index(1, 1)], 0.0);
            assertEquals(corners.get(g.nx() - 1, 3), nodes[g.index(0, 4)], 0.0);
            solver.setVorticity(Field.of(g, Offset.NODE, nodes));
            assertEquals(0, solver.steps());
            assertArrayEquals(v.v().data(), solver.velocity().v().data(), 1e-11);
        }
    }
}
