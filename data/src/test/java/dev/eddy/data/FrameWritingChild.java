package dev.eddy.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Child process for {@link CrashSafetyTest}: writes deterministic frames as fast as it can until killed, and after each
 * frame records the number written in a progress file.
 *
 * <p>Arguments: {@code FILE FORMAT create|resume KEEP LAST_FRAME PROGRESS_FILE}.
 */
public final class FrameWritingChild {
    static final int N = 96;

    private FrameWritingChild() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        NetcdfFormat format = NetcdfFormat.valueOf(args[1]);
        boolean resume = args[2].equals("resume");
        int keep = Integer.parseInt(args[3]);
        int last = Integer.parseInt(args[4]);
        Path progress = Path.of(args[5]);
        try (FrameWriter w = resume ? FrameWriter.resume(file, keep) : FrameWriter.create(file, schema(), format)) {
            for (int n = w.frameCount(); n <= last; n++) {
                w.writeFrame(n, Map.of("field", field(n)));
                Files.writeString(progress, Integer.toString(n + 1));
            }
        }
    }

    /** Fixed global attributes, so that a parent and a child build byte-identical headers. */
    static DatasetSchema schema() {
        double[] axis = new double[N];
        for (int i = 0; i < N; i++) {
            axis[i] = i;
        }
        return DatasetSchema.builder()
                .unlimitedTime("1", Map.of())
                .coordinate(LabelledArray.coordinate("y", axis, Map.of("units", "1", "axis", "Y")))
                .coordinate(LabelledArray.coordinate("x", axis, Map.of("units", "1", "axis", "X")))
                .variable("field", DataKind.DOUBLE, List.of("time", "y", "x"), Map.of("units", "1"))
                .globalAttribute("eddy_command", "crash test")
                .globalAttribute("date_created", "2026-01-01T00:00:00Z")
                .build();
    }

    static double[] field(int n) {
        double[] f = new double[N * N];
        for (int k = 0; k < f.length; k++) {
            f[k] = n * 1e4 + k + Math.sin(n + 0.001 * k);
        }
        return f;
    }
}
