package dev.eddy.viewer.viewmodel;

/**
 * The visible part of a picture as fractions of its width and height (0..1), for zoom and pan.
 *
 * @param x      left edge
 * @param y      top edge
 * @param width  visible width (1 = all)
 * @param height visible height
 */
public record Viewport(double x, double y, double width, double height) {
    /** The whole picture. */
    public static final Viewport ALL = new Viewport(0, 0, 1, 1);

    /** Zoomed by {@code factor} (&gt;1 zooms in) about the picture point (fx, fy), kept inside the picture. */
    public Viewport zoom(double factor, double fx, double fy) {
        double w = Math.min(1, Math.max(1.0 / 64, width / factor));
        double h = Math.min(1, Math.max(1.0 / 64, height / factor));
        double nx = fx - (fx - x) * w / width;
        double ny = fy - (fy - y) * h / height;
        return clamp(nx, ny, w, h);
    }

    /** Moved by (dx, dy) picture fractions, kept inside the picture. */
    public Viewport pan(double dx, double dy) {
        return clamp(x + dx, y + dy, width, height);
    }

    /** The picture point under view position (u, v) in 0..1. */
    public double[] toPicture(double u, double v) {
        return new double[] {x + u * width, y + v * height};
    }

    private static Viewport clamp(double x, double y, double w, double h) {
        return new Viewport(Math.max(0, Math.min(1 - w, x)), Math.max(0, Math.min(1 - h, y)), w, h);
    }
}
