package dev.eddy.viewer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.data.DataKind;
import dev.eddy.data.DatasetSchema;
import dev.eddy.data.FrameWriter;
import dev.eddy.data.LabelledArray;
import dev.eddy.data.NetcdfFormat;
import dev.eddy.viewer.TestFiles;
import dev.eddy.viewer.viewmodel.Layout;
import dev.eddy.viewer.viewmodel.MainViewModel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Smoke test of the real application window on an X display (Xvfb), not Monocle. It starts {@link ViewerApp} with
 * generated files, visits the four views and captures each (and a short live run) from the screen into {@code eddy.viewer.screenshots}
 * (default target/xvfb-screenshots). Excluded from the default suite; the command is in docs/viewer.md.
 */
@Tag("xvfb")
class ViewerWindowXvfbTest {
    @TempDir
    static Path dir;
    private static Stage stage;
    private static MainViewModel vm;
    private final FxRobot robot = new FxRobot();

    /** ERA5 ψ0 at 200/500/800 hPa on the T21 grid from the shared CSV, as psi(time, level, lat, lon), one frame. */
    static Path era5Psi(Path file) throws IOException {
        Path csv = Path.of(System.getProperty("eddy.shared.dir"), "qg3-t21/psi_initial_t21.csv");
        List<String> lines = Files.readAllLines(csv);
        double[] lat = new double[32];
        double[] lon = new double[64];
        double[] psi = new double[3 * 32 * 64];
        List<Integer> levels = List.of(200, 500, 800);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            int k = levels.indexOf(Integer.parseInt(f[0]));
            int j = Integer.parseInt(f[1]);
            int i = Integer.parseInt(f[2]);
            lat[j] = Double.parseDouble(f[3]);
            lon[i] = Double.parseDouble(f[4]);
            psi[(k * 32 + j) * 64 + i] = Double.parseDouble(f[5]);
        }
        DatasetSchema schema = DatasetSchema.builder()
                .dimension("level", 3).dimension("lat", 32).dimension("lon", 64)
                .unlimitedTime("days since 2000-01-01", Map.of())
                .coordinate(LabelledArray.coordinate("level", new double[] {200, 500, 800}, Map.of("units", "hPa")))
                .coordinate(LabelledArray.coordinate("lat", lat, Map.of("units", "degrees_north")))
                .coordinate(LabelledArray.coordinate("lon", lon, Map.of("units", "degrees_east")))
                .variable("psi", DataKind.FLOAT, List.of("time", "level", "lat", "lon"),
                        Map.of("units", "m2 s-1", "long_name", "ERA5 stream function (QG3.jl T21 psi_0)"))
                .build();
        try (FrameWriter w = FrameWriter.create(file, schema, NetcdfFormat.NC3, true)) {
            w.writeFrame(0, Map.of("psi", psi));
        }
        return file;
    }

    @BeforeAll
    static void launch() throws Exception {
        System.setProperty("eddy.viewer.recent", dir.resolve("recent").toString());
        Path reference = TestFiles.broadband(dir.resolve("reference.nc"), 128, 40, 0, 1);
        Path model = TestFiles.broadband(dir.resolve("model.nc"), 128, 40, 0.3, 1);
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(ViewerApp.class, reference.toString(), model.toString());
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> stage.getScene() != null && stage.getScene().getRoot() instanceof MainView);
        vm = ((MainView) stage.getScene().getRoot()).viewModel();
        waitUntil(() -> vm.openFiles().size() == 2 && vm.field().renderedProperty().get() > 0);
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path capture(String name) throws IOException {
        Path out = Path.of(System.getProperty("eddy.viewer.screenshots", "target/xvfb-screenshots"));
        Files.createDirectories(out);
        Image image = robot.capture(stage.getScene().getRoot()).getImage();
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        Path file = out.resolve(name);
        ImageIO.write(buffered, "png", file.toFile());
        return file;
    }

    private static long distinctColours(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        return java.util.Arrays.stream(image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()))
                .distinct().count();
    }

    @Test
    void realWindowShowsAllFourViews() throws Exception {
        assertTrue(stage.isShowing());
        robot.interact(() -> {
            stage.setWidth(960);
            stage.setHeight(640);
        });
        assertTrue(System.getProperty("glass.platform", "").equalsIgnoreCase("gtk"), "run with -Pxvfb on an X display");
        robot.interact(() -> vm.field().timeIndexProperty().set(15));
        waitUntil(() -> vm.field().timeLabelProperty().get().contains("(16/40)"));
        assertTrue(distinctColours(capture("viewer-field.png")) > 100, "field picture captured from the screen");

        robot.interact(() -> vm.layoutProperty().set(Layout.COMPARE));
        waitUntil(() -> vm.compare().panels().size() == 3);
        assertTrue(distinctColours(capture("viewer-compare.png")) > 100);

        robot.interact(() -> vm.layoutProperty().set(Layout.PLOT));
        waitUntil(() -> vm.plots().finishedProperty().get() > 0);
        assertEquals(1, vm.plots().correlation().size());
        capture("viewer-plots.png");

        Path psi = era5Psi(dir.resolve("era5-psi.nc"));
        robot.interact(() -> vm.open(psi));
        waitUntil(() -> vm.openFiles().size() == 3 && vm.map().renderedProperty().get() > 0);
        robot.interact(() -> vm.openIndex(TestFiles.index(dir.resolve("index.nc"), 30)));
        waitUntil(() -> vm.map().index().size() == 1);
        assertEquals(Layout.MAP, vm.layoutProperty().get());
        assertTrue(vm.map().outlineSourceProperty().get().contains("surface_t21.csv"), vm.map().outlineSourceProperty().get());
        assertTrue(distinctColours(capture("viewer-map.png")) > 50);

        robot.interact(() -> {
            vm.layoutProperty().set(Layout.LIVE);
            vm.live().gridProperty().set(128);
            vm.live().start();
        });
        waitUntil(() -> vm.live().framesProperty().get() >= 20);
        robot.interact(() -> vm.live().stop());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(distinctColours(capture("viewer-live.png")) > 100);
    }
}
