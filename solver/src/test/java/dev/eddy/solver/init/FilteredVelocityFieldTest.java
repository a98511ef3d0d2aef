package dev.eddy.solver.init;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.solver.diagnostics.EnergySpectrum;
import dev.eddy.solver.diagnostics.FlowDiagnostics;
import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.grid.Grid;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FilteredVelocityFieldTest {
    private final Grid grid = Grid.square2Pi(128);
    private final StaggeredVelocity v = FilteredVelocityField.generate(grid, 42, 4, 7.0);

    @Test
    void maxSpeedIsSevenAndTheFieldIsDivergenceFree() {
        assertEquals(7.0, v.maxSpeed(), 1e-13);
        assertTrue(FlowDiagnostics.maxAbsDivergence(v) <= 1e-10, "max|div| " + FlowDiagnostics.maxAbsDivergence(v));
    }

    @Test
    void energyPeaksNearThePeakWavenumber() {
        double[] e = EnergySpectrum.of(v);
        int peak = 0;
        for (int k = 1; k < e.length; k++) {
            if (e[k] > e[peak]) {
                peak = k;
            }
        }
        assertTrue(peak >= 2 && peak <= 5, "spectrum peaks at k = " + peak);
        assertEquals(0.0, e[0], 1e-20, "no mean flow");
        // white noise would give e[20]/e[peak] ≈ 5; the filter S(k)² gives ≈ 1e-5
        assertTrue(e[20] < 1e-4 * e[peak], "filtered: little energy at k = 20");
    }

    @Test
    void seedsAreReproducibleAndDistinct() {
        StaggeredVelocity again = FilteredVelocityField.generate(grid, 42, 4, 7.0);
        assertArrayEquals(v.u().data(), again.u().data());
        assertArrayEquals(v.v().data(), again.v().data());
        StaggeredVelocity other = FilteredVelocityField.generate(grid, 43, 4, 7.0);
        assertFalse(Arrays.equals(v.u().data(), other.u().data()));
    }

    @Test
    void logNormalHasItsModeAtThePeak() {
        // p(k)·k is the log-normal density in ln k with mean ln k_p + σ²; p itself peaks at k_p
        double p = FilteredVelocityField.logNormal(4, 4);
        assertTrue(p > FilteredVelocityField.logNormal(3.9, 4) && p > FilteredVelocityField.logNormal(4.1, 4));
    }
}
