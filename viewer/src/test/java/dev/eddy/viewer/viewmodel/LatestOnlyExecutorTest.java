package dev.eddy.viewer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestOnlyExecutorTest {
    @Test
    void onlyTheNewestWaitingTaskRuns() {
        List<Runnable> queued = new ArrayList<>();
        LatestOnlyExecutor executor = new LatestOnlyExecutor(queued::add);
        List<Integer> ran = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            executor.submit(() -> ran.add(n));
        }
        assertEquals(1, queued.size(), "one drain scheduled while the worker is busy");
        queued.getFirst().run();
        assertEquals(List.of(4), ran);
        executor.submit(() -> ran.add(9));
        queued.get(1).run();
        assertEquals(List.of(4, 9), ran);
    }
}
