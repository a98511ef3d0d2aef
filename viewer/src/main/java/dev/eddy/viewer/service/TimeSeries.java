package dev.eddy.viewer.service;

/**
 * A named curve {@code y(x)} for plotting.
 *
 * @param name  legend label
 * @param units units of y ("" when none)
 * @param x     abscissae
 * @param y     ordinates (same length; NaN = gap)
 */
public record TimeSeries(String name, String units, double[] x, double[] y) {
    public TimeSeries {
        if (x.length != y.length) {
            throw new IllegalArgumentException("series " + name + ": " + x.length + " x values but " + y.length + " y values");
        }
    }

    public int size() {
        return x.length;
    }
}
