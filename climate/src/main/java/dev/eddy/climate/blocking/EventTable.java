package dev.eddy.climate.blocking;

import dev.eddy.data.AtomicFiles;
import dev.eddy.data.DataKind;
import dev.eddy.data.DatasetSchema;
import dev.eddy.data.FrameWriter;
import dev.eddy.data.NetcdfFormat;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a list of {@link BlockingEvents.Event}s as CSV ({@code event,onset_day,end_day,duration_days,peak,peak_day})
 * or as NetCDF (one record per event, see {@link #writeNetcdf}); times in days of the index's time axis.
 */
public final class EventTable {
    /** CSV header line. */
    public static final String HEADER = "event,onset_day,end_day,duration_days,peak,peak_day";

    private EventTable() {
    }

    /** Writes CSV atomically. */
    public static void writeCsv(Path out, List<BlockingEvents.Event> events) {
        AtomicFiles.writeAtomically(out, temp -> {
            try (BufferedWriter w = Files.newBufferedWriter(temp)) {
                w.write(HEADER);
                w.newLine();
                int n = 0;
                for (BlockingEvents.Event e : events) {
                    w.write(String.format(Locale.ROOT, "%d,%.6f,%.6f,%.6f,%.6g,%.6f", n++, e.onset(), e.end(), e.duration(),
                            e.peak(), e.peakTime()));
                    w.newLine();
                }
            }
        });
    }

    /**
     * Writes NetCDF-3 (refuses to overwrite unless asked): one record per event along the unlimited {@code time}
     * dimension, whose coordinate is the onset time, with {@code duration}, {@code end}, {@code peak} and
     * {@code peak_time} as record variables.
     */
    public static void writeNetcdf(Path out, List<BlockingEvents.Event> events, String timeUnits,
                                   Map<String, Object> globalAttributes, boolean overwrite) {
        DatasetSchema schema = DatasetSchema.builder()
                .unlimitedTime(timeUnits, Map.of("long_name", "event onset: first time at or above the threshold", "axis", "T"))
                .variable("duration", DataKind.DOUBLE, List.of("time"), Map.of("units", "days", "long_name", "event duration"))
                .variable("end", DataKind.DOUBLE, List.of("time"), Map.of("units", timeUnits, "long_name", "last time at or above the threshold"))
                .variable("peak", DataKind.DOUBLE, List.of("time"), Map.of("long_name", "maximum index value during the event"))
                .variable("peak_time", DataKind.DOUBLE, List.of("time"), Map.of("units", timeUnits, "long_name", "time of the peak"))
                .globalAttributes(globalAttributes)
                .build();
        try (FrameWriter writer = FrameWriter.create(out, schema, NetcdfFormat.NC3, overwrite)) {
            for (BlockingEvents.Event e : events) {
                writer.writeFrame(e.onset(), Map.of("duration", new double[] {e.duration()}, "end", new double[] {e.end()},
                        "peak", new double[] {e.peak()}, "peak_time", new double[] {e.peakTime()}));
            }
        }
    }

}
