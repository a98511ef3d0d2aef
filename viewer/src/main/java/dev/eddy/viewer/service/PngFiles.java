package dev.eddy.viewer.service;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/** Writing rasters as PNG files (javax.imageio), and names for numbered frame sequences. */
public final class PngFiles {
    private PngFiles() {
    }

    /** Writes {@code raster} to {@code file} (parent folders created). */
    public static void write(Raster raster, Path file) {
        BufferedImage image = new BufferedImage(raster.width(), raster.height(), BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, raster.width(), raster.height(), raster.argb(), 0, raster.width());
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new ViewerException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new ViewerException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a PNG back as a raster (tests, checks). */
    public static Raster read(Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new ViewerException(file + " is not a readable image");
            }
            int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            return new Raster(image.getWidth(), image.getHeight(), argb);
        } catch (IOException e) {
            throw new ViewerException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** {@code folder/prefix_00012.png}: numbered so that names sort in frame order. */
    public static Path numbered(Path folder, String prefix, int index) {
        return folder.resolve(String.format(Locale.ROOT, "%s_%05d.png", prefix, index));
    }
}
