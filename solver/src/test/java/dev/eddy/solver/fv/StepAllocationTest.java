package dev.eddy.solver.fv;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.forcing.KolmogorovForcing;
import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.init.FilteredVelocityField;
import dev.eddy.solver.timestepping.RungeKuttaScheme;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The hot loop allocates no arrays: a 64² field is 32 KiB, a step may allocate at most a few small task objects. */
class StepAllocationTest {

    @Test
    void stepsAllocateNoArrays() {
        Grid g = Grid.square2Pi(64);
        FvEquation eq = FvEquation.of(g, 1e-3, KolmogorovForcing.withDrag(g, 1, 4, 0.1));
        StaggeredVelocity v = FilteredVelocityField.generate(g, 2, 4, 7.0);
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (VelocityStep implicit = FiniteVolumeNavierStokes.implicitDiffusion(eq, 0.01, StepOptions.sequential());
             VelocityStep rk4 = FiniteVolumeNavierStokes.explicitDiffusion(eq, 0.01, RungeKuttaScheme.RK4, StepOptions.sequential())) {
            for (VelocityStep step : new VelocityStep[] {implicit, rk4}) {
                step.advance(v, 5);
                long before = bean.getCurrentThreadAllocatedBytes();
                step.advance(v, 20);
                long perStep = (bean.getCurrentThreadAllocatedBytes() - before) / 20;
                assertTrue(perStep < 4096, step + " allocates " + perStep + " bytes per step");
            }
        }
    }
}
