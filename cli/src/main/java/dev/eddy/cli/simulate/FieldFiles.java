package dev.eddy.cli.simulate;

import dev.eddy.cli.UserError;
import dev.eddy.data.NetcdfReader;
import dev.eddy.data.VariableInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads 2-D fields {@code name(y, x)}, or the last frame of {@code name(time, y, x)}, from a NetCDF file for the CLI. */
final class FieldFiles {

    private FieldFiles() {
    }

    /** Whether {@code reader} has a variable {@code name}. */
    static boolean has(NetcdfReader reader, String name) {
        return reader.variableNames().contains(name);
    }

    /** The field {@code name} as an n×n row-major array; a one-line {@link UserError} when missing or wrong-shaped. */
    static double[] read(NetcdfReader reader, Path file, String name, int n) {
        if (!has(reader, name)) {
            throw new UserError(file + ": no variable '" + name + "' (has " + String.join(", ", reader.variableNames()) + ")");
        }
        VariableInfo info = reader.info(name);
        List<String> dims = info.dims();
        int[] shape = info.shape();
        double[] values;
        if (shape.length == 2) {
            values = reader.read(name).values();
        } else if (shape.length == 3 && dims.getFirst().equals("time")) {
            if (shape[0] == 0) {
                throw new UserError(file + ": variable '" + name + "' has no frames");
            }
            values = reader.readIndex(name, "time", shape[0] - 1).values();
        } else {
            throw new UserError(file + ": variable '" + name + "' must have dimensions (y, x) or (time, y, x), has " + dims);
        }
        int ny = shape[shape.length - 2];
        int nx = shape[shape.length - 1];
        if (ny != n || nx != n) {
            throw new UserError(file + ": variable '" + name + "' is " + ny + "×" + nx + ", the simulation grid is " + n + "×" + n);
        }
        for (int k = 0; k < values.length; k++) {
            if (!Double.isFinite(values[k])) {
                throw new UserError(file + ": variable '" + name + "' has a non-finite value at flat index " + k);
            }
        }
        return values;
    }

    /** Opens {@code file}, turning a missing file into a one-line {@link UserError}. */
    static NetcdfReader open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + ": no such file");
        }
        return NetcdfReader.open(file);
    }
}
