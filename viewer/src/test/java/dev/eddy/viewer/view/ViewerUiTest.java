package dev.eddy.viewer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.viewer.TestFiles;
import dev.eddy.viewer.service.NetcdfTrajectorySource;
import dev.eddy.viewer.service.PngFiles;
import dev.eddy.viewer.service.Raster;
import dev.eddy.viewer.service.RecentFiles;
import dev.eddy.viewer.viewmodel.Layout;
import dev.eddy.viewer.viewmodel.MainViewModel;
import dev.eddy.viewer.viewmodel.ViewerContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.Image;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window driven like a user, headless on Monocle (Surefire sets glass.platform=Monocle, prism.order=sw). */
@ExtendWith(ApplicationExtension.class)
class ViewerUiTest {
    @TempDir
    Path dir;
    private MainViewModel vm;
    private MainView view;

    @Start
    void start(Stage stage) {
        ViewerContext context = new ViewerContext(ViewerContext.Workers.daemonThreads(), Platform::runLater,
                new RecentFiles(dir.resolve("recent")), new FxTicker());
        vm = new MainViewModel(context, NetcdfTrajectorySource::open, NetcdfTrajectorySource::openSeries);
        view = new MainView(vm);
        stage.setScene(new Scene(view, 1200, 800));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(vm::closeAll);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int pixel(Image image, int x, int y) {
        return image.getPixelReader().getArgb(x, y);
    }

    private void openAndWait(FxRobot robot, Path file) throws Exception {
        int before = vm.field().renderedProperty().get();
        robot.interact(() -> vm.open(file));
        waitUntil(() -> vm.field().renderedProperty().get() > before && !vm.busyProperty().get());
    }

    @Test
    void openScrubAndSwitchVariablesAndColormaps(FxRobot robot) throws Exception {
        openAndWait(robot, TestFiles.turbulence(dir.resolve("t.nc"), 32, 12, 0));
        RasterCanvas canvas = view.fieldPane().canvas();
        Image first = canvas.image();
        int firstPixel = pixel(first, 5, 5);
        assertEquals(32, (int) first.getWidth());

        Node thumb = robot.lookup("#timeSlider .thumb").query();
        int rendered = vm.field().renderedProperty().get();
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(300, 0).release(MouseButton.PRIMARY);
        waitUntil(() -> vm.field().timeIndexProperty().get() > 3 && vm.field().renderedProperty().get() > rendered);
        assertTrue(robot.lookup("#timeLabel").queryAs(Label.class).getText().contains("/12)"));
        assertNotEquals(firstPixel, pixel(canvas.image(), 5, 5), "a later frame of a decaying field looks different");

        robot.clickOn("#variableChoice").clickOn("stream_function [m2/s]");
        waitUntil(() -> "stream_function".equals(vm.field().fieldProperty().get().variable()));
        robot.clickOn("#colormapChoice").clickOn("Grey (sequential)");
        waitUntil(() -> vm.field().colormapProperty().get().id().equals("grey"));
        waitUntil(() -> {
            int argb = pixel(canvas.image(), 5, 5);
            int r = (argb >> 16) & 0xFF;
            int g = (argb >> 8) & 0xFF;
            int b = argb & 0xFF;
            return r == g && g == b;
        });

        robot.moveTo("#fieldCanvas");
        waitUntil(() -> robot.lookup("#hoverLabel").queryAs(Label.class).getText().contains("stream_function = "));
        robot.scroll(2, javafx.geometry.VerticalDirection.DOWN);
        waitUntil(() -> vm.field().viewportProperty().get().width() < 1);
    }

    @Test
    void compareAndPlotsShowTwoFiles(FxRobot robot) throws Exception {
        openAndWait(robot, TestFiles.turbulence(dir.resolve("ref.nc"), 32, 10, 0));
        openAndWait(robot, TestFiles.turbulence(dir.resolve("model.nc"), 32, 10, 1.5));
        robot.interact(() -> vm.field().timeIndexProperty().set(4));
        robot.clickOn("Compare");
        waitUntil(() -> view.comparePane().panelCount() == 3);
        assertEquals(4, robot.lookup("#compareTimeSlider").queryAs(Slider.class).getValue(), 0, "slider follows the shared time");
        Node thumb = robot.lookup("#compareTimeSlider .thumb").query();
        int rendered = vm.compare().renderedProperty().get();
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(200, 0).release(MouseButton.PRIMARY);
        waitUntil(() -> vm.compare().renderedProperty().get() > rendered && vm.compare().timeIndexProperty().get() > 0);
        assertTrue(robot.lookup("#comparePanel2").tryQuery().isPresent(), "difference panel drawn");
        robot.moveTo("#comparePanel1").scroll(2, javafx.geometry.VerticalDirection.DOWN);
        waitUntil(() -> vm.compare().viewportProperty().get().width() < 1);

        robot.clickOn("Plots");
        waitUntil(() -> vm.plots().finishedProperty().get() > 0);
        assertEquals(1, view.plotPane().correlationPlot().curveCount());
        assertEquals(1, view.plotPane().spectrumPlot().curveCount());
        assertEquals(1, view.plotPane().energyPlot().curveCount());
        assertEquals(1, view.plotPane().enstrophyPlot().curveCount());
        assertTrue(robot.lookup("#plotSummary").queryAs(Label.class).getText().contains("below 0.8"));
    }

    @Test
    void mapShowsQgOutputAndIndex(FxRobot robot) throws Exception {
        robot.interact(() -> vm.open(TestFiles.qg(dir.resolve("qg.nc"), 3)));
        waitUntil(() -> vm.map().renderedProperty().get() > 0);
        assertEquals(Layout.MAP, vm.layoutProperty().get());
        robot.interact(() -> vm.openIndex(TestFiles.index(dir.resolve("index.nc"), 20)));
        waitUntil(() -> view.mapPane().indexPlot().curveCount() == 1);
        assertTrue(robot.lookup("#indexPlot").tryQuery().isPresent());
    }

    @Test
    void exportsTheViewAndAnAnimation(FxRobot robot) throws Exception {
        openAndWait(robot, TestFiles.turbulence(dir.resolve("t.nc"), 32, 5, 0));
        Path png = dir.resolve("out/view.png");
        robot.interact(() -> view.exportCurrentView(png));
        Raster r = PngFiles.read(png);
        assertEquals(1200, r.width());
        long coloured = java.util.Arrays.stream(r.argb()).filter(p -> {
            int red = (p >> 16) & 0xFF;
            int blue = p & 0xFF;
            return Math.abs(red - blue) > 40;
        }).count();
        assertTrue(coloured > 10_000, "the field is drawn in colour: " + coloured + " pixels");
        assertTrue(vm.messageProperty().get().startsWith("saved"));

        Path frames = dir.resolve("frames");
        AtomicBoolean done = new AtomicBoolean();
        robot.interact(() -> view.exportAnimation(frames, () -> done.set(true)));
        waitUntil(done::get);
        try (var files = Files.list(frames)) {
            assertEquals(5, files.count());
        }
        assertTrue(Files.exists(frames.resolve("frame_00004.png")));
    }

    @Test
    void recentFilesMenuReopensAFile(FxRobot robot) throws Exception {
        Path first = TestFiles.turbulence(dir.resolve("first.nc"), 16, 3, 0);
        openAndWait(robot, first);
        openAndWait(robot, TestFiles.turbulence(dir.resolve("second.nc"), 16, 3, 0));
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu recent = (javafx.scene.control.Menu) bar.getMenus().getFirst().getItems().stream()
                .filter(i -> "Open recent".equals(i.getText())).findFirst().orElseThrow();
        assertEquals(2, recent.getItems().size());
        javafx.scene.control.MenuItem item = recent.getItems().stream()
                .filter(i -> first.toAbsolutePath().toString().equals(i.getText())).findFirst().orElseThrow();
        robot.interact(item::fire);
        waitUntil(() -> vm.openFiles().size() == 3 && vm.titleProperty().get().endsWith("first.nc"));
        assertEquals(first.toAbsolutePath(), vm.recentFiles().getFirst());
    }

    @Test
    void liveModeRunsASimulationInTheWindow(FxRobot robot) throws Exception {
        robot.clickOn("Live");
        robot.interact(() -> vm.live().gridProperty().set(32));
        robot.clickOn("#liveStart");
        waitUntil(() -> vm.live().framesProperty().get() >= 2);
        robot.clickOn("#liveStop");
        waitUntil(() -> !vm.live().runningProperty().get());
        assertTrue(robot.lookup("#liveStatus").queryAs(Label.class).getText().contains("Courant"));
    }

    @Test
    void corruptFileShowsAMessageAndTheWindowStaysUsable(FxRobot robot) throws Exception {
        Path bad = TestFiles.corrupt(dir.resolve("broken.nc"));
        robot.interact(() -> vm.open(bad));
        waitUntil(() -> robot.lookup("#message").queryAs(Label.class).getText().startsWith("cannot open broken.nc"));
        robot.interact(() -> vm.open(TestFiles.notEddy(dir.resolve("plain.nc"))));
        waitUntil(() -> robot.lookup("#message").queryAs(Label.class).getText().contains("no field to show"));
        openAndWait(robot, TestFiles.turbulence(dir.resolve("good.nc"), 16, 3, 0));
        assertEquals("", robot.lookup("#message").queryAs(Label.class).getText());
        Slider slider = robot.lookup("#timeSlider").queryAs(Slider.class);
        assertEquals(2, slider.getMax(), 0);
    }
}
