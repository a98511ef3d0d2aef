package dev.eddy.viewer.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LiveSimulationTest {

    @Test
    void bothSolversAdvanceDeterministicallyByTheFrameInterval() {
        for (String solver : new String[] {"spectral", "fv"}) {
            LiveSimulation.Settings s = new LiveSimulation.Settings(solver, 32, 1000);
            try (LiveSimulation a = LiveSimulation.start(s, 1); LiveSimulation b = LiveSimulation.start(s, 1)) {
                Field2D first = a.advance();
                Field2D second = a.advance();
                assertEquals(2 * LiveSimulation.FRAME_INTERVAL, a.time(), 0.6 * LiveSimulation.FRAME_INTERVAL, solver);
                assertEquals(32, first.nx());
                assertTrue(FieldSpectra.enstrophy(second) > 0.1, solver + " has a turbulent start");
                assertTrue(a.courantNumber() > 0 && a.courantNumber() < 1, solver + " Courant " + a.courantNumber());
                b.advance();
                assertArrayEquals(second.values(), b.advance().values(), 0, solver + " is deterministic");
            }
        }
    }

    @Test
    void badSettingsAreOneLineErrors() {
        assertThrows(ViewerException.class, () -> new LiveSimulation.Settings("lbm", 32, 1000));
        assertThrows(ViewerException.class, () -> new LiveSimulation.Settings("fv", 33, 1000));
        assertThrows(ViewerException.class, () -> new LiveSimulation.Settings("fv", 32, -1));
    }
}
