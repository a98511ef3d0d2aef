package dev.eddy.viewer.service;

import java.nio.file.Path;
import java.util.List;

/**
 * An opened data file, read lazily: frames are read one at a time when asked for, never the whole trajectory.
 * Implementations must be safe to call from one background thread at a time (callers serialise reads).
 */
public interface TrajectorySource extends AutoCloseable {

    /** The file this source reads. */
    Path path();

    /** Variables drawable as 2-D frames, timed ones first. */
    List<FieldVariable> fieldVariables();

    /** One-dimensional variables over time (diagnostics, indices). */
    List<String> seriesVariables();

    /** Time coordinate values (length 1 for a file without time). */
    double[] times();

    /** Units of the time coordinate ("" when absent). */
    String timeUnits();

    /**
     * One frame of {@code variable}: time index {@code t} (ignored for untimed variables) and index {@code extra}
     * along its level/sample dimension (0 when there is none).
     */
    Field2D frame(String variable, int t, int extra);

    /** All values of a 1-D series variable. */
    double[] series(String variable);

    /** Units of a series variable ("" when absent). */
    String seriesUnits(String variable);

    /** Number of time steps. */
    default int timeCount() {
        return times().length;
    }

    /** The field variable with this name. */
    default FieldVariable fieldVariable(String name) {
        for (FieldVariable v : fieldVariables()) {
            if (v.name().equals(name)) {
                return v;
            }
        }
        throw new ViewerException("variable '" + name + "' is not a 2-D field in " + path().getFileName()
                + " (fields: " + String.join(", ", fieldVariables().stream().map(FieldVariable::name).toList()) + ")");
    }

    @Override
    void close();
}
