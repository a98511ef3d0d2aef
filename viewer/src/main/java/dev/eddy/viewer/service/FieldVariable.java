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
 */
public record FieldVariable(String name, String label, String units, String yDim, String xDim, String extraDim,
                            int extraSize, boolean timed) {

    /** Whether the grid is latitude–longitude (it is drawn as a map). */
    public boolean latLon() {
        return yDim.toLowerCase().startsWith("lat") && xDim.toLowerCase().startsWith("lon");
    }

    @Override
    public String toString() {
        return units.isEmpty() ? name : name + " [" + units + "]";
    }
}
