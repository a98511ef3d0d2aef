package dev.eddy.solver.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.solver.field.Field;
import dev.eddy.solver.field.InconsistentOffsetException;
import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.grid.Offset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TvdInterpolationTest {

    @Test
    void vanLeerLimiter() {
        assertEquals(0.0, TvdInterpolation.vanLeer(-3), 0.0);
        assertEquals(0.0, TvdInterpolation.vanLeer(0), 0.0);
        assertEquals(1.0, TvdInterpolation.vanLeer(1), 1e-15);
        assertEquals(2.0 * 3 / 4, TvdInterpolation.vanLeer(3), 1e-15);
    }

    @Test
    void smoothMonotoneDataGivesLaxWendroff() {
        // r = 1 on linear data, φ = 1: face = c_i + ½(1 − Cr)(c_{i+1} − c_i)
        assertEquals(1.5, TvdInterpolation.faceValue(0, 1, 2, 3, 0.7, 0), 1e-15);
        assertEquals(1 + 0.5 * (1 - 0.4) * 1, TvdInterpolation.faceValue(0, 1, 2, 3, 0.7, 0.4), 1e-15);
        assertEquals(2 - 0.5 * (1 - 0.4) * 1, TvdInterpolation.faceValue(0, 1, 2, 3, -0.7, -0.4), 1e-15);
    }

    @Test
    void extremaFallBackToUpwind() {
        assertEquals(1.0, TvdInterpolation.faceValue(2, 1, 3, 4, 1.0, 0.1), 0.0, "minimum at c_i, w > 0: upwind c_i");
        assertEquals(3.0, TvdInterpolation.faceValue(0, 1, 3, 2, -1.0, -0.1), 0.0, "maximum at c_{i+1}, w < 0: upwind c_{i+1}");
        double phi = TvdInterpolation.vanLeer((4.0 - 3) / (3 - 1));
        assertEquals(3 - phi * 0.5 * 2, TvdInterpolation.faceValue(0, 1, 3, 4, 0.0, 0.0), 1e-15, "w = 0 takes the w ≤ 0 branch (r⁻)");
    }

    @Test
    void equalNeighboursUseSafeDivision() {
        assertEquals(1.0, TvdInterpolation.faceValue(0, 1, 1, 5, 1.0, 0.2), 0.0);
        assertEquals(1.0, TvdInterpolation.faceValue(0, 1, 1, 5, -1.0, -0.2), 0.0);
    }

    @Test
    void faceValuesStayBetweenTheirNeighboursForCourantNumbersUpToOne() {
        SplittableRandom r = new SplittableRandom(11);
        for (int n = 0; n < 100_000; n++) {
            double cm1 = r.nextDouble(-1, 1);
            double c0 = r.nextDouble(-1, 1);
            double c1 = r.nextDouble(-1, 1);
            double c2 = r.nextDouble(-1, 1);
            double cr = r.nextDouble(-1, 1);
            double f = TvdInterpolation.faceValue(cm1, c0, c1, c2, cr, cr);
            assertTrue(f >= Math.min(c0, c1) - 1e-15 && f <= Math.max(c0, c1) + 1e-15, "TVD bound violated");
        }
    }

    @Test
    void fieldInterpolationChecksTheTargetLocation() {
        Grid g = new Grid(8, 8, 1, 1);
        Field u = Field.zeros(g, Offset.X_FACE);
        assertThrows(InconsistentOffsetException.class, () -> TvdInterpolation.to(u, Offset.CORNER, Field.zeros(g, Offset.Y_FACE), 0.1));
        assertThrows(InconsistentOffsetException.class, () -> TvdInterpolation.to(u, Offset.Y_FACE, Field.zeros(g, Offset.Y_FACE), 0.1));
    }
}
