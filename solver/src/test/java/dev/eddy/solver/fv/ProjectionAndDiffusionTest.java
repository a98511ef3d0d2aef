package dev.eddy.solver.fv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eddy.solver.fft.RealFft2D;
import dev.eddy.solver.field.RandomFields;
import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.operators.RowLoops;
import org.junit.jupiter.api.Test;

class ProjectionAndDiffusionTest {

    @Test
    void fusedSolveEqualsProjectionThenImplicitDiffusion() {
        Grid g = new Grid(32, 24, 2 * Math.PI, 4.0);
        double nuDt = 0.013;
        StaggeredVelocity fused = RandomFields.velocity(g, 31);
        StaggeredVelocity separate = fused.copy();
        try (RealFft2D fft = RealFft2D.of(g)) {
            new ProjectionAndDiffusion(g, fft, RowLoops.sequential(), nuDt).applyInPlace(fused.u().data(), fused.v().data());
            new PressureProjection(g, fft, RowLoops.sequential()).projectInPlace(separate.u().data(), separate.v().data());
            ImplicitDiffusion diffusion = new ImplicitDiffusion(g, fft, nuDt);
            diffusion.solveInPlace(separate.u().data());
            diffusion.solveInPlace(separate.v().data());
        }
        for (int k = 0; k < g.size(); k++) {
            assertEquals(separate.u().data()[k], fused.u().data()[k], 1e-13);
            assertEquals(separate.v().data()[k], fused.v().data()[k], 1e-13);
        }
    }
}
