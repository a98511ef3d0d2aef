package dev.eddy.viewer.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.viewer.TestFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticsServiceTest {
    @TempDir
    Path dir;

    @Test
    void energyDecaysAsTheModesDo() {
        Path file = TestFiles.turbulence(dir.resolve("t.nc"), 32, 6, 0);
        try (NetcdfTrajectorySource s = NetcdfTrajectorySource.open(file)) {
            List<TimeSeries> curves = DiagnosticsService.energyAndEnstrophy(FrameCache.of(s), 0, p -> { }, () -> false);
            TimeSeries ke = curves.get(0);
            assertEquals(6, ke.size());
            // ω = 2e^{-0.2t} cos x cos y + e^{-0.8t} sin(4x+1) cos 3y: KE = 4e^{-0.4t}·(1/4)/(2·2) + e^{-1.6t}·(1/4)/(2·25)
            for (int i = 0; i < 6; i++) {
                double t = ke.x()[i];
                double expected = Math.exp(-0.4 * t) / 4 + Math.exp(-1.6 * t) / 200;
                assertEquals(expected, ke.y()[i], 1e-6);
                double enstrophy = 0.5 * (4 * Math.exp(-0.4 * t) / 4 + Math.exp(-1.6 * t) / 4);
                assertEquals(enstrophy, curves.get(1).y()[i], 1e-6);
            }
        }
    }

    @Test
    void correlationOfAShiftedCopyFallsBelowTheThresholds() {
        Path ref = TestFiles.turbulence(dir.resolve("ref.nc"), 32, 20, 0);
        Path model = TestFiles.turbulence(dir.resolve("model.nc"), 32, 20, 1.0);
        try (NetcdfTrajectorySource a = NetcdfTrajectorySource.open(ref); NetcdfTrajectorySource b = NetcdfTrajectorySource.open(model)) {
            TimeSeries c = DiagnosticsService.correlation(FrameCache.of(a), FrameCache.of(b), 0, p -> { }, () -> false);
            assertEquals(1.0, c.y()[0], 1e-6, "identical at t = 0");
            assertTrue(c.y()[19] < 0.8, "decorrelated at the end: " + c.y()[19]);
            double below95 = DiagnosticsService.timeBelow(c, 0.95);
            double below80 = DiagnosticsService.timeBelow(c, 0.8);
            assertTrue(below95 > 0 && below95 <= below80, below95 + " " + below80);
        }
    }
}
