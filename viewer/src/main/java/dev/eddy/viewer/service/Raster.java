package dev.eddy.viewer.service;

/**
 * A picture as packed ARGB pixels, row 0 at the top.
 *
 * @param width  pixels per row
 * @param height rows
 * @param argb   {@code width * height} pixels
 */
public record Raster(int width, int height, int[] argb) {
    public Raster {
        if (argb.length != width * height) {
            throw new IllegalArgumentException("raster " + width + "×" + height + " needs " + width * height + " pixels");
        }
    }

    public int pixel(int column, int row) {
        return argb[row * width + column];
    }
}
