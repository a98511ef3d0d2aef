package dev.eddy.viewer.service;

/**
 * Turns a field into ARGB pixels at native resolution, one pixel per grid cell. The picture has y increasing upwards:
 * if the y coordinate grows with its index, data row {@code j} lands on picture row {@code ny - 1 - j}; otherwise
 * (e.g. latitudes stored north to south) on row {@code j}. Missing values (NaN) are transparent.
 * Stateless and thread-safe; meant to run off the UI thread.
 */
public final class FieldRasterizer {
    private FieldRasterizer() {
    }

    public static Raster rasterize(Field2D field, ColorLimits limits, Colormap colormap) {
        int nx = field.nx();
        int ny = field.ny();
        int[] argb = new int[nx * ny];
        double[] v = field.values();
        boolean flip = field.yAscending();
        double low = limits.low();
        double scale = (Colormap.SIZE - 1) / (limits.high() - limits.low());
        int[] table = new int[Colormap.SIZE];
        for (int k = 0; k < Colormap.SIZE; k++) {
            table[k] = colormap.entry(k);
        }
        for (int j = 0; j < ny; j++) {
            int row = flip ? ny - 1 - j : j;
            int src = j * nx;
            int dst = row * nx;
            for (int i = 0; i < nx; i++) {
                double value = v[src + i];
                if (Double.isNaN(value)) {
                    argb[dst + i] = 0;
                } else {
                    double t = (value - low) * scale + 0.5;
                    int k = t <= 0 ? 0 : t >= Colormap.SIZE - 1 ? Colormap.SIZE - 1 : (int) t;
                    argb[dst + i] = table[k];
                }
            }
        }
        return new Raster(nx, ny, argb);
    }

    /** Data column and row under picture pixel ({@code column}, {@code row}). */
    public static int[] dataIndex(Field2D field, int column, int row) {
        int j = field.yAscending() ? field.ny() - 1 - row : row;
        return new int[] {column, j};
    }

    /** A horizontal colour bar of the given size, low on the left. */
    public static Raster colorBar(Colormap colormap, int width, int height) {
        int[] argb = new int[width * height];
        for (int i = 0; i < width; i++) {
            int c = colormap.argb(width == 1 ? 0 : (double) i / (width - 1));
            for (int r = 0; r < height; r++) {
                argb[r * width + i] = c;
            }
        }
        return new Raster(width, height, argb);
    }
}
