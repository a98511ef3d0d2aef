package dev.eddy.data;

import java.util.List;
import java.util.Map;

/**
 * What a file says about one variable, without its data.
 *
 * @param name       variable name
 * @param dims       dimension names, slowest first
 * @param shape      current length of each dimension (the time dimension's length is the frame count)
 * @param attributes the variable's attributes (String, Number or double[])
 */
public record VariableInfo(String name, List<String> dims, int[] shape, Map<String, Object> attributes) {
    public VariableInfo {
        dims = List.copyOf(dims);
        shape = shape.clone();
        attributes = Attributes.copyOf(attributes);
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** The {@code units} attribute, or "" when there is none. */
    public String units() {
        return attributes.get("units") instanceof String s ? s : "";
    }
}
