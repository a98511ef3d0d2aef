package dev.eddy.data;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Child process for {@link NetcdfRoundTripTest}: asks for a NetCDF-4 file and records the outcome (the exception's
 * message, or "created") in the file named by the second argument.
 */
public final class Nc4CreateChild {
    private Nc4CreateChild() {
    }

    public static void main(String[] args) throws Exception {
        String outcome;
        try {
            FrameWriter.create(Path.of(args[0]), SampleDatasets.schema(), NetcdfFormat.NC4).close();
            outcome = "created";
        } catch (DataFileException e) {
            outcome = "available=" + NetcdfFormat.nc4Available() + "\n" + e.getMessage();
        }
        Files.writeString(Path.of(args[1]), outcome);
    }
}
