package dev.eddy.viewer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.viewer.TestFiles;
import dev.eddy.viewer.service.NetcdfTrajectorySource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {
    @TempDir
    Path dir;
    private MainViewModel vm;

    @BeforeEach
    void create() {
        vm = new MainViewModel(SyncContext.in(dir, new ManualTicker()), NetcdfTrajectorySource::open,
                NetcdfTrajectorySource::openSeries);
    }

    @AfterEach
    void close() {
        vm.closeAll();
    }

    @Test
    void openingAFileShowsItAndRemembersIt() {
        Path file = TestFiles.turbulence(dir.resolve("a.nc"), 16, 4, 0);
        vm.open(file);
        assertEquals("", vm.messageProperty().get());
        assertEquals(1, vm.openFiles().size());
        assertEquals(List.of(file.toAbsolutePath()), vm.recentFiles());
        assertTrue(vm.titleProperty().get().endsWith("a.nc"));
        assertEquals(1, vm.field().renderedProperty().get() > 0 ? 1 : 0);
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void corruptAndForeignFilesBecomeAMessage() throws Exception {
        vm.open(TestFiles.corrupt(dir.resolve("bad.nc")));
        assertTrue(vm.messageProperty().get().startsWith("cannot open bad.nc"), vm.messageProperty().get());
        vm.open(TestFiles.notEddy(dir.resolve("series.nc")));
        assertTrue(vm.messageProperty().get().contains("no field to show"), vm.messageProperty().get());
        assertEquals(0, vm.openFiles().size());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void reloadSeesFramesAddedSinceOpening() {
        Path file = TestFiles.turbulence(dir.resolve("growing.nc"), 16, 3, 0);
        vm.open(file);
        assertEquals(3, vm.field().timeCountProperty().get());
        vm.field().timeIndexProperty().set(2);
        try (var w = dev.eddy.data.FrameWriter.resume(file, 3)) {
            w.writeFrame(0.3, java.util.Map.of("vorticity", new double[256], "stream_function", new double[256]));
        }
        vm.reload();
        assertEquals(1, vm.openFiles().size());
        assertEquals(4, vm.field().timeCountProperty().get());
        assertEquals(2, vm.field().timeIndexProperty().get(), "keeps the time step");
        assertEquals("", vm.messageProperty().get());
    }

    @Test
    void fileWithoutFramesSaysSo() {
        Path file = dir.resolve("empty.nc");
        TestFiles.turbulence(file, 16, 0, 0);
        vm.open(file);
        assertEquals("empty.nc has no saved time steps yet", vm.messageProperty().get());
    }

    @Test
    void compareShowsEachFileAndTheDifferenceOnSharedLimits() {
        vm.open(TestFiles.turbulence(dir.resolve("ref.nc"), 16, 6, 0));
        vm.open(TestFiles.turbulence(dir.resolve("model.nc"), 16, 6, 1.0));
        vm.field().timeIndexProperty().set(4);
        vm.layoutProperty().set(Layout.COMPARE);
        CompareViewModel c = vm.compare();
        assertEquals(3, c.panels().size());
        assertEquals("ref.nc", c.panels().get(0).title());
        assertEquals("difference", c.panels().get(2).title());
        assertEquals(c.panels().get(0).limits(), c.panels().get(1).limits(), "shared limits");
        double[] a = c.panels().get(0).field().values();
        double[] b = c.panels().get(1).field().values();
        assertEquals(b[7] - a[7], c.panels().get(2).field().values()[7], 1e-12);
        assertTrue(c.timeLabelProperty().get().startsWith("t = 0.4"), c.timeLabelProperty().get());
        c.hover(0, 7, 15);
        String text = c.hoverTextProperty().get();
        assertTrue(text.startsWith("x = ") && text.contains("ref.nc ") && text.contains("model.nc ") && text.contains("difference "), text);
        c.showDifferenceProperty().set(false);
        assertEquals(2, c.panels().size());
    }

    @Test
    void compareWithOneFileExplainsWhatToDo() {
        vm.open(TestFiles.turbulence(dir.resolve("ref.nc"), 16, 3, 0));
        vm.layoutProperty().set(Layout.COMPARE);
        assertTrue(vm.messageProperty().get().contains("open 2 to 4 files"));
    }

    @Test
    void plotsComputeCorrelationEnergyAndSpectrum() {
        vm.open(TestFiles.turbulence(dir.resolve("ref.nc"), 16, 10, 0));
        vm.open(TestFiles.turbulence(dir.resolve("model.nc"), 16, 10, 2.0));
        vm.layoutProperty().set(Layout.PLOT);
        PlotViewModel p = vm.plots();
        assertEquals(1, p.correlation().size());
        assertEquals(10, p.correlation().getFirst().size());
        assertEquals(1, p.spectrum().size());
        assertEquals(1, p.energy().size());
        assertEquals(1, p.enstrophy().size());
        assertTrue(p.summaryProperty().get().contains("below 0.95 at t ="), p.summaryProperty().get());
        assertEquals("", p.statusProperty().get());
    }

    @Test
    void mapShowsQgFieldsWithOutlineBoxAndIndex() {
        vm.open(TestFiles.qg(dir.resolve("qg.nc"), 4));
        assertEquals(Layout.MAP, vm.layoutProperty().get(), "a lat-lon-only file opens on the map");
        MapViewModel m = vm.map();
        assertEquals("geopotential_height", m.variableProperty().get().name());
        assertEquals(3, m.levelCountProperty().get());
        assertEquals(MapViewModel.PROJECTION.width(), m.rasterProperty().get().width());
        assertFalse(m.outline().isEmpty());
        assertTrue(m.outlineSourceProperty().get().contains("qg.nc"));
        for (double[] s : m.outline()) {
            assertTrue(s[1] > 10 && s[1] < 70 && s[0] > 0 && s[0] < 60, "outline around the test continent");
        }
        m.levelIndexProperty().set(2);
        assertTrue(m.timeLabelProperty().get().contains("level 800 hPa"), m.timeLabelProperty().get());
        vm.openIndex(TestFiles.index(dir.resolve("index.nc"), 20));
        assertEquals(1, m.index().size());
        assertEquals(2, m.events().size());
        vm.openIndex(TestFiles.events(dir.resolve("events.nc"), new double[][] {{2, 9}, {15, 17}, {21, 21}}));
        assertEquals(1, m.index().size(), "the index curve stays");
        assertEquals(3, m.events().size());
        assertEquals(9, m.events().getFirst()[1], 0);
        String readout = m.readout(360, 90);
        assertTrue(readout.startsWith("lon 0.0°, lat 45.0°: geopotential_height = "), readout);
        assertTrue(readout.endsWith(" m"), readout);
    }
}
