package dev.eddy.climate.blocking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlockingEventsTest {
    private static double[] days(int n) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 10 + i;
        }
        return t;
    }

    @Test
    void findsRunsAboveThresholdBridgesShortGapsAndDropsShortAndCensoredEvents() {
        //                 0  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20
        double[] index = {5, 0, 0, 3, 3, 0, 3, 4, 0, 0, 3, 3, 3, 3, 9, 3, 0, 2, 0, 0, 3};
        List<BlockingEvents.Event> events = BlockingEvents.detect(days(index.length), index, 2.5, 3, 1);
        // t=0 censored; 3-7 with a one-day gap at 5 (5 days); 10-15 (6 days); 17 is below theta; 20 censored.
        assertEquals(2, events.size());
        assertEquals(13, events.get(0).onset());
        assertEquals(17, events.get(0).end());
        assertEquals(5, events.get(0).duration());
        assertEquals(4, events.get(0).peak());
        assertEquals(20, events.get(1).onset());
        assertEquals(6, events.get(1).duration());
        assertEquals(9, events.get(1).peak());
        assertEquals(24, events.get(1).peakTime());
        List<BlockingEvents.Event> noGap = BlockingEvents.detect(days(index.length), index, 2.5, 3, 0);
        assertEquals(1, noGap.size(), "without gap tolerance the first event splits into 2+2 days, both too short");
    }

    @Test
    void thresholdsParseAndResolve() {
        double[] v = {1, 2, 3, 4, 5};
        assertEquals(3 + 1.5 * Math.sqrt(2), BlockingEvents.Threshold.parse("1.5sigma").resolve(v), 1e-12);
        assertEquals(4.6, BlockingEvents.Threshold.parse("90p").resolve(v), 1e-12);
        assertEquals(4.6, BlockingEvents.Threshold.parse("90%").resolve(v), 1e-12);
        assertEquals(120, BlockingEvents.Threshold.parse("120").resolve(v), 0);
        assertThrows(IllegalArgumentException.class, () -> BlockingEvents.Threshold.parse("lots"));
        assertThrows(IllegalArgumentException.class, () -> BlockingEvents.Threshold.parse("100p"));
        assertThrows(IllegalArgumentException.class, () -> BlockingEvents.detect(days(3), v, 1, -1, 0));
    }
}
