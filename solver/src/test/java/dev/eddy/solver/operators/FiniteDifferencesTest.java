package dev.eddy.solver.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eddy.solver.field.Field;
import dev.eddy.solver.field.InconsistentOffsetException;
import dev.eddy.solver.field.RandomFields;
import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.grid.Offset;
import org.junit.jupiter.api.Test;

class FiniteDifferencesTest {
    private final Grid grid = new Grid(12, 10, 2 * Math.PI, 5.0);

    @Test
    void divergenceOfGradientIsTheFivePointLaplacian() {
        Field p = Field.of(grid, Offset.CENTER, RandomFields.uniform(grid.size(), 3));
        Field divGrad = FiniteDifferences.divergence(FiniteDifferences.gradient(p));
        Field lap = FiniteDifferences.laplacian(p);
        assertEquals(Offset.CENTER, divGrad.offset());
        for (int k = 0; k < grid.size(); k++) {
            assertEquals(lap.data()[k], divGrad.data()[k], 1e-11);
        }
    }

    @Test
    void curlOfAGradientVanishes() {
        Field p = Field.of(grid, Offset.CENTER, RandomFields.uniform(grid.size(), 4));
        Field w = FiniteDifferences.curl(FiniteDifferences.gradient(p));
        assertEquals(Offset.CORNER, w.offset());
        assertEquals(0.0, w.maxAbs(), 1e-12);
    }

    @Test
    void stencilsMatchHandComputedValues() {
        StaggeredVelocity v = StaggeredVelocity.of(grid, RandomFields.uniform(grid.size(), 5), RandomFields.uniform(grid.size(), 6));
        Field div = FiniteDifferences.divergence(v);
        Field w = FiniteDifferences.curl(v);
        int i = 0;
        int j = 0;
        double expectedDiv = (v.u().get(i, j) - v.u().get(i - 1, j)) / grid.dx() + (v.v().get(i, j) - v.v().get(i, j - 1)) / grid.dy();
        double expectedCurl = (v.v().get(i + 1, j) - v.v().get(i, j)) / grid.dx() - (v.u().get(i, j + 1) - v.u().get(i, j)) / grid.dy();
        assertEquals(expectedDiv, div.get(i, j), 1e-13);
        assertEquals(expectedCurl, w.get(i, j), 1e-13);
        int ie = grid.nx() - 1;
        int je = grid.ny() - 1;
        assertEquals((v.v().get(0, je) - v.v().get(ie, je)) / grid.dx() - (v.u().get(ie, 0) - v.u().get(ie, je)) / grid.dy(),
                w.get(ie, je), 1e-13);
    }

    @Test
    void laplacianOfASmoothFieldConvergesAtSecondOrder() {
        double[] errors = new double[3];
        int[] sizes = {32, 64, 128};
        for (int s = 0; s < sizes.length; s++) {
            Grid g = Grid.square2Pi(sizes[s]);
            Field f = Field.sample(g, Offset.CENTER, (x, y) -> Math.sin(x) * Math.cos(2 * y));
            Field lap = FiniteDifferences.laplacian(f);
            Field exact = Field.sample(g, Offset.CENTER, (x, y) -> -5 * Math.sin(x) * Math.cos(2 * y));
            for (int k = 0; k < g.size(); k++) {
                double e = lap.data()[k] - exact.data()[k];
                errors[s] += e * e / g.size();
            }
            errors[s] = Math.sqrt(errors[s]);
        }
        assertEquals(2.0, Math.log(errors[0] / errors[1]) / Math.log(2), 0.02);
        assertEquals(2.0, Math.log(errors[1] / errors[2]) / Math.log(2), 0.02);
    }

    @Test
    void gradientRefusesAFieldThatIsNotAtCellCentres() {
        assertThrows(InconsistentOffsetException.class, () -> FiniteDifferences.gradient(Field.zeros(grid, Offset.X_FACE)));
    }
}
