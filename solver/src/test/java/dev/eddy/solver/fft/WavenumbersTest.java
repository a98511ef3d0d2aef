package dev.eddy.solver.fft;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eddy.solver.grid.Grid;
import org.junit.jupiter.api.Test;

class WavenumbersTest {

    @Test
    void integerWavenumbersFollowNumpyFftfreq() {
        Wavenumbers k = Wavenumbers.of(new Grid(8, 6, 2 * Math.PI, 2 * Math.PI));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, k.integerX());
        assertArrayEquals(new int[] {0, 1, 2, -3, -2, -1}, k.integerY());
    }

    @Test
    void angularWavenumbersScaleWithTheDomain() {
        Wavenumbers box2pi = Wavenumbers.of(Grid.square2Pi(4));
        assertArrayEquals(new double[] {0, 1, 2}, box2pi.angularX(), 1e-15);
        assertArrayEquals(new double[] {0, 1, -2, -1}, box2pi.angularY(), 1e-15);
        Wavenumbers unit = Wavenumbers.of(new Grid(4, 4, 1.0, 0.5));
        assertArrayEquals(new double[] {0, 2 * Math.PI, 4 * Math.PI}, unit.angularX(), 1e-12);
        assertArrayEquals(new double[] {0, 2, -4, -2}, unit.cyclesY(), 1e-15);
        double[] k2 = unit.squaredModulus();
        assertEquals(Math.pow(4 * Math.PI, 2) + Math.pow(8 * Math.PI, 2), k2[2 * 3 + 2], 1e-9);
    }
}
