package dev.eddy.viewer.view;

import dev.eddy.viewer.service.Raster;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/** Conversions between rasters, JavaFX images and PNG files. Call on the FX thread. */
public final class FxImages {
    private FxImages() {
    }

    /** The raster as an image, reusing {@code reuse} when it has the same size. */
    public static WritableImage toImage(Raster raster, WritableImage reuse) {
        WritableImage image = reuse != null && (int) reuse.getWidth() == raster.width() && (int) reuse.getHeight() == raster.height()
                ? reuse : new WritableImage(raster.width(), raster.height());
        image.getPixelWriter().setPixels(0, 0, raster.width(), raster.height(), PixelFormat.getIntArgbInstance(),
                raster.argb(), 0, raster.width());
        return image;
    }

    /** Snapshot of {@code node} on a white background, written as PNG. */
    public static void writeSnapshot(Node node, Path file) throws IOException {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        WritableImage image = node.snapshot(parameters, null);
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(buffered, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }
}
