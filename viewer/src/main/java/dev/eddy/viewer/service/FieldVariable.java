package dev.eddy.viewer.service;

/**
 * A variable that can be drawn as a 2-D picture per time step: its last two dimensions are (y, x) or (lat, lon).
 *
 * @param name      variable name in the file
 * @param label     long_name, or the name
 * @param units     units ("" when absent)
 * @param yDim      name of the vertical picture axis dimension
 * @param xDim      name of the horizontal picture axis dimension
 * @param extraDim  name of a third, selectable dimension (level, sample, member), or null
 * @param extraSize length of {@code extraDim} (1 when there is none)
 * @param timed     whether the variable has a time dimension
 * @param extraLabels one label per index of {@code extraDim} (e.g. "200 hPa"), from its coordinate variable
 */
public record FieldVariable(String name, String label, String units, String yDim, String xDim, String extraDim,
                            int extraSize, boolean timed, java.util.List<String> extraLabels) {

    public FieldVariable {
        extraLabels = java.util.List.copyOf(extraLabels);
        if (extraDim != null && extraLabels.size() != extraSize) {
            throw new IllegalArgumentException(name + ": " + extraLabels.size() + " labels for " + extraSize + " " + extraDim + " values");
        }
    }

    /** "level 200 hPa" for index {@code i} of the extra dimension, "" without one. */
    public String extraText(int i) {
        return extraDim == null || i < 0 || i >= extraSize ? "" : extraDim + " " + extraLabels.get(i);
    }

    /** Whether the grid is latitude–longitude (it is drawn as a map). */
    public boolean latLon() {
        return yDim.toLowerCase().startsWith("lat") && xDim.toLowerCase().startsWith("lon");
    }

    @Override
    public String toString() {
        return units.isEmpty() ? name : name + " [" + units + "]";
    }
}
