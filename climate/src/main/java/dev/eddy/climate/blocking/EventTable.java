package dev.eddy.climate.blocking;

import dev.eddy.data.AtomicFiles;
import dev.eddy.data.DataKind;
import dev.eddy.data.DatasetSchema;
import dev.eddy.data.FrameWriter;
import dev.eddy.data.LabelledArray;
import dev.eddy.data.NetcdfFormat;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a list of {@link BlockingEvents.Event}s as CSV ({@code event,onset_day,end_day,duration_days,peak,peak_day})
 * or as NetCDF (dimension {@code event}, one variable per column; times in days of the index's time axis).
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

    /** Writes NetCDF-3 (refuses to overwrite unless asked). */
    public static void writeNetcdf(Path out, List<BlockingEvents.Event> events, String timeUnits,
                                   Map<String, Object> globalAttributes, boolean overwrite) {
        int n = events.size();
        double[] onset = new double[n];
        double[] end = new double[n];
        double[] duration = new double[n];
        double[] peak = new double[n];
        double[] peakTime = new double[n];
        for (int i = 0; i < n; i++) {
            BlockingEvents.Event e = events.get(i);
            onset[i] = e.onset();
            end[i] = e.end();
            duration[i] = e.duration();
            peak[i] = e.peak();
            peakTime[i] = e.peakTime();
        }
        DatasetSchema.Builder b = DatasetSchema.builder().dimension("event", n);
        b.staticVariable(column("onset", onset, Map.of("units", timeUnits, "long_name", "first time at or above the threshold")), DataKind.DOUBLE);
        b.staticVariable(column("end", end, Map.of("units", timeUnits, "long_name", "last time at or above the threshold")), DataKind.DOUBLE);
        b.staticVariable(column("duration", duration, Map.of("units", "days", "long_name", "event duration")), DataKind.DOUBLE);
        b.staticVariable(column("peak", peak, Map.of("long_name", "maximum index value during the event")), DataKind.DOUBLE);
        b.staticVariable(column("peak_time", peakTime, Map.of("units", timeUnits, "long_name", "time of the peak")), DataKind.DOUBLE);
        b.globalAttributes(globalAttributes);
        try (FrameWriter writer = FrameWriter.create(out, b.build(), NetcdfFormat.NC3, overwrite)) {
            writer.frameCount();
        }
    }

    private static LabelledArray column(String name, double[] values, Map<String, Object> attrs) {
        return LabelledArray.of(name, List.of("event"), new int[] {values.length}, values, attrs);
    }
}
