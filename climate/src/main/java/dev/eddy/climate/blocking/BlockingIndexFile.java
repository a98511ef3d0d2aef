package dev.eddy.climate.blocking;

import dev.eddy.data.DataKind;
import dev.eddy.data.DatasetSchema;
import dev.eddy.data.FrameWriter;
import dev.eddy.data.NetcdfFormat;
import dev.eddy.data.NetcdfReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NetCDF file of a blocking index: {@code blocking_index(time)} with the time coordinate in days since the source's
 * reference, and attributes describing the method and box.
 */
public final class BlockingIndexFile {
    /** Variable name of the index. */
    public static final String VARIABLE = "blocking_index";

    private BlockingIndexFile() {
    }

    /** An index series read back: times [days] and values. */
    public record IndexSeries(double[] time, double[] values, String timeUnits) {
    }

    /** Writes the index (refuses to overwrite unless asked). */
    public static void write(Path out, double[] time, String timeUnits, double[] index, Map<String, Object> variableAttributes,
                             Map<String, Object> globalAttributes, boolean overwrite) {
        Map<String, Object> attrs = new LinkedHashMap<>(variableAttributes);
        DatasetSchema schema = DatasetSchema.builder()
                .unlimitedTime(timeUnits, Map.of("standard_name", "time", "axis", "T"))
                .variable(VARIABLE, DataKind.DOUBLE, List.of("time"), attrs)
                .globalAttributes(globalAttributes)
                .globalAttribute("Conventions", "CF-1.8")
                .build();
        try (FrameWriter writer = FrameWriter.create(out, schema, NetcdfFormat.NC3, overwrite)) {
            for (int t = 0; t < time.length; t++) {
                writer.writeFrame(time[t], Map.of(VARIABLE, new double[] {index[t]}));
            }
        }
    }

    /**
     * Reads an index file.
     *
     * @throws IllegalArgumentException if the file lacks {@value #VARIABLE} or a time coordinate
     */
    public static IndexSeries read(Path file) {
        try (NetcdfReader reader = NetcdfReader.open(file)) {
            if (!reader.hasVariable(VARIABLE)) {
                throw new IllegalArgumentException(file + ": no variable '" + VARIABLE + "' (make one with 'eddy blocking index')");
            }
            if (!reader.hasVariable("time")) {
                throw new IllegalArgumentException(file + ": no time coordinate");
            }
            String units = reader.info("time").units();
            double factor = TimeUnits.daysPerUnit(units);
            double[] time = reader.read("time").values();
            for (int t = 0; t < time.length; t++) {
                time[t] *= factor;
            }
            double[] values = reader.read(VARIABLE).values();
            if (values.length != time.length) {
                throw new IllegalArgumentException(file + ": " + VARIABLE + " must have dimension (time)");
            }
            return new IndexSeries(time, values, units);
        }
    }
}
