package dev.eddy.viewer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.viewer.TestFiles;
import dev.eddy.viewer.service.ColorLimits;
import dev.eddy.viewer.service.Colormaps;
import dev.eddy.viewer.service.FieldRasterizer;
import dev.eddy.viewer.service.FrameCache;
import dev.eddy.viewer.service.LimitMode;
import dev.eddy.viewer.service.NetcdfTrajectorySource;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldViewModelTest {
    @TempDir
    Path dir;
    private NetcdfTrajectorySource source;
    private FieldViewModel vm;
    private FrameCache cache;
    private final ManualTicker ticker = new ManualTicker();

    @BeforeEach
    void open() {
        source = NetcdfTrajectorySource.open(TestFiles.turbulence(dir.resolve("t.nc"), 16, 8, 0));
        vm = new FieldViewModel(SyncContext.in(dir, ticker), "field");
        cache = FrameCache.of(source);
        vm.show(cache, null);
    }

    @AfterEach
    void close() {
        source.close();
    }

    @Test
    void showsTheFirstFrameOfVorticityOnADivergingSymmetricScale() {
        assertEquals("vorticity", vm.variableProperty().get().name());
        assertEquals(8, vm.timeCountProperty().get());
        assertEquals(Colormaps.diverging(), vm.colormapProperty().get());
        assertEquals(LimitMode.SYMMETRIC, vm.limitModeProperty().get());
        ColorLimits l = vm.limitsProperty().get();
        assertEquals(-l.low(), l.high(), 0);
        assertEquals("1/s", vm.unitsProperty().get());
        assertEquals(16, vm.rasterProperty().get().width());
        assertEquals("t = 0  (1/8)", vm.timeLabelProperty().get());
        assertEquals("", vm.errorProperty().get());
    }

    @Test
    void scrubbingRendersTheFrameAtTheNewTime() {
        vm.timeIndexProperty().set(5);
        var expected = FieldRasterizer.rasterize(source.frame("vorticity", 5, 0), vm.limitsProperty().get(), vm.colormapProperty().get());
        assertArrayEquals(expected.argb(), vm.rasterProperty().get().argb());
        assertEquals(0.5, vm.fieldProperty().get().x().length > 0 ? source.times()[5] : 0, 1e-12);
        assertTrue(vm.timeLabelProperty().get().contains("(6/8)"));
    }

    @Test
    void switchingVariableAndColormapChangesThePicture() {
        int[] before = vm.rasterProperty().get().argb().clone();
        vm.colormapProperty().set(Colormaps.grey());
        assertNotEquals(before[0], vm.rasterProperty().get().argb()[0]);
        vm.variableProperty().set(source.fieldVariable("stream_function"));
        assertEquals("stream_function", vm.fieldProperty().get().variable());
        assertEquals("m2/s", vm.unitsProperty().get());
        vm.limitModeProperty().set(LimitMode.MIN_MAX);
        ColorLimits l = vm.limitsProperty().get();
        double[] v = vm.fieldProperty().get().values();
        assertEquals(java.util.Arrays.stream(v).min().orElseThrow(), l.low(), 0);
    }

    @Test
    void hoverReadsTheValueUnderTheMouse() {
        vm.hover(3, 0);
        var f = vm.fieldProperty().get();
        String text = vm.hoverTextProperty().get();
        assertTrue(text.startsWith("x = "), text);
        assertTrue(text.contains("vorticity = "), text);
        int[] ij = FieldRasterizer.dataIndex(f, 3, 0);
        assertEquals(15, ij[1], "top picture row is the largest y");
        vm.hover(99, 0);
        assertEquals("", vm.hoverTextProperty().get());
    }

    @Test
    void zoomAndPanStayInsideThePicture() {
        vm.zoom(4, 0.5, 0.5);
        Viewport v = vm.viewportProperty().get();
        assertEquals(0.25, v.width(), 1e-12);
        assertEquals(0.375, v.x(), 1e-12);
        vm.pan(10, 10);
        v = vm.viewportProperty().get();
        assertEquals(0.75, v.x(), 1e-12);
        assertEquals(0.75, v.y(), 1e-12);
        vm.resetView();
        assertEquals(Viewport.ALL, vm.viewportProperty().get());
    }

    @Test
    void playbackAdvancesAndWrapsAtTheTickerRate() {
        vm.framesPerSecondProperty().set(25);
        vm.playingProperty().set(true);
        assertEquals(25, ticker.rate);
        ticker.fire(3);
        assertEquals(3, vm.timeIndexProperty().get());
        assertEquals(5, cache.size(), "frames 0..3 shown and frame 4 read ahead");
        ticker.fire(5);
        assertEquals(0, vm.timeIndexProperty().get(), "wraps after the last frame");
        vm.playingProperty().set(false);
        assertNull(ticker.tick);
        assertFalse(vm.playingProperty().get());
    }

    @Test
    void lockedLimitsStayWhileScrubbing() {
        ColorLimits first = vm.limitsProperty().get();
        vm.lockLimitsProperty().set(true);
        vm.timeIndexProperty().set(7);
        assertEquals(first, vm.limitsProperty().get());
        vm.lockLimitsProperty().set(false);
        assertNotEquals(first, vm.limitsProperty().get(), "the decayed frame has smaller limits");
    }

    @Test
    void sharedLimitsOverrideAutomaticOnes() {
        vm.fixedLimitsProperty().set(new ColorLimits(-10, 10));
        assertEquals(new ColorLimits(-10, 10), vm.limitsProperty().get());
    }
}
