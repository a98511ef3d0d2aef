package dev.eddy.stencil.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LossLogTest {

    @Test
    void resumeDropsTheStepsAfterTheRestoredCheckpointAndForwardsEveryStep(@TempDir Path dir) throws Exception {
        List<Long> forwarded = new ArrayList<>();
        try (LossLog log = LossLog.open(dir, 0, (step, loss, lr, applied) -> forwarded.add(step))) {
            for (long s = 1; s <= 5; s++) {
                log.onStep(s, 1.0 / s, 1e-3, s != 4);
            }
        }
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), forwarded);
        try (LossLog log = LossLog.open(dir, 3, null)) {
            log.onStep(4, 0.2, 1e-3, true);
        }
        List<String> lines = Files.readAllLines(dir.resolve(LossLog.FILE));
        assertEquals("step,loss,learning_rate,applied,seconds", lines.getFirst());
        assertEquals(5, lines.size(), lines.toString());
        assertTrue(lines.get(3).startsWith("3,3.333333333e-01,1.000000000e-03,true,"), lines.get(3));
        assertTrue(lines.get(4).startsWith("4,2.000000000e-01,"), "the rerun step 4 replaces the lost one: " + lines);
        try (LossLog log = LossLog.open(dir, 0, null)) {
            log.onStep(1, 0.5, 0, true);
        }
        assertEquals(2, Files.readAllLines(dir.resolve(LossLog.FILE)).size(), "a fresh run starts a new curve");
    }
}
