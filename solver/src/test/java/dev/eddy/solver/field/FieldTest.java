package dev.eddy.solver.field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.grid.Offset;
import org.junit.jupiter.api.Test;

class FieldTest {
    private final Grid grid = new Grid(8, 6, 2 * Math.PI, 3.0);

    @Test
    void sampleUsesTheOffsetOfEachLocation() {
        Field u = Field.sample(grid, Offset.X_FACE, (x, y) -> x + 10 * y);
        assertEquals((2 + 1.0) * grid.dx() + 10 * (3 + 0.5) * grid.dy(), u.get(2, 3), 1e-14);
        Field w = Field.sample(grid, Offset.CORNER, (x, y) -> y);
        assertEquals(grid.ly(), w.get(0, grid.ny() - 1), 1e-14);
        assertEquals(u.get(2, 3), u.get(2 + grid.nx(), 3 - grid.ny()), 0.0, "indices wrap periodically");
    }

    @Test
    void wrongLengthIsRejectedWithTheShapeInTheMessage() {
        var e = assertThrows(IllegalArgumentException.class, () -> Field.of(grid, Offset.CENTER, new double[47]));
        assertTrue(e.getMessage().contains("8×6"), e.getMessage());
    }

    @Test
    void staggeredVelocityChecksOffsetsAndGrids() {
        Field centre = Field.zeros(grid, Offset.CENTER);
        Field yFace = Field.zeros(grid, Offset.Y_FACE);
        assertThrows(InconsistentOffsetException.class, () -> new StaggeredVelocity(centre, yFace));
        Field otherU = Field.zeros(new Grid(8, 6, 1.0, 1.0), Offset.X_FACE);
        assertThrows(InconsistentGridException.class, () -> new StaggeredVelocity(otherU, yFace));
    }

    @Test
    void setFromRequiresTheSameLocation() {
        Field a = Field.zeros(grid, Offset.X_FACE);
        assertThrows(InconsistentOffsetException.class, () -> a.setFrom(Field.zeros(grid, Offset.Y_FACE)));
    }

    @Test
    void maxSpeedTakesComponentsAtTheirOwnFaces() {
        StaggeredVelocity v = StaggeredVelocity.zeros(grid);
        v.u().data()[5] = 3;
        v.v().data()[5] = -4;
        v.v().data()[6] = 4.5;
        assertEquals(5.0, v.maxSpeed(), 0.0);
    }
}
