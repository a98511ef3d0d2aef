package dev.eddy.cli.hippo;

import dev.eddy.cli.UserError;
import dev.eddy.data.DataFileException;
import dev.eddy.data.LabelledArray;
import dev.eddy.data.NetcdfReader;
import dev.eddy.data.VariableInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a 1-D sampled signal for {@code eddy hippo project}.
 *
 * <ul>
 *   <li>{@code .csv}/{@code .txt}: one sample per line; a line may have several comma-separated fields, of which
 *       {@code column} (0-based; default the last) is used; a non-numeric first line is a header; blank lines and
 *       lines starting with {@code #} are skipped.</li>
 *   <li>{@code .nc}: the named variable (or the only non-coordinate variable), flattened; it must be 1-D.</li>
 * </ul>
 * Every value must be finite; anything else is a one-line {@link UserError}.
 */
final class SignalInput {
    private SignalInput() {
    }

    static double[] read(Path file, Integer column, String variable) {
        if (!Files.isRegularFile(file)) {
            throw new UserError("input file not found: " + file);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        double[] values = name.endsWith(".nc") || name.endsWith(".nc4") ? readNetcdf(file, variable)
                : readCsv(file, column);
        if (values.length == 0) {
            throw new UserError("input " + file + " holds no samples");
        }
        return values;
    }

    private static double[] readCsv(Path file, Integer column) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UserError("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<Double> values = new ArrayList<>();
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s*[,;\\t]\\s*");
            int col = column == null ? fields.length - 1 : column;
            if (col < 0 || col >= fields.length) {
                throw new UserError(file + " line " + (i + 1) + " has no column " + col);
            }
            double v;
            try {
                v = Double.parseDouble(fields[col]);
            } catch (NumberFormatException e) {
                if (first) {
                    first = false;
                    continue;
                }
                throw new UserError(file + " line " + (i + 1) + ": not a number: '" + fields[col] + "'");
            }
            first = false;
            if (!Double.isFinite(v)) {
                throw new UserError(file + " line " + (i + 1) + ": non-finite input value " + fields[col]);
            }
            values.add(v);
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] readNetcdf(Path file, String variable) {
        try (NetcdfReader reader = NetcdfReader.open(file)) {
            String name = variable;
            if (name == null) {
                List<String> candidates = new ArrayList<>();
                for (String v : reader.variableNames()) {
                    VariableInfo info = reader.info(v);
                    if (!(info.dims().size() == 1 && info.dims().get(0).equals(v))) {
                        candidates.add(v);
                    }
                }
                if (candidates.size() != 1) {
                    throw new UserError(file + " has " + candidates.size()
                            + " data variables; name one with --variable");
                }
                name = candidates.get(0);
            } else if (!reader.variableNames().contains(name)) {
                throw new UserError(file + " has no variable '" + name + "'");
            }
            LabelledArray array = reader.read(name);
            int nonTrivial = 0;
            for (int d : array.shape()) {
                if (d > 1) {
                    nonTrivial++;
                }
            }
            if (nonTrivial > 1) {
                throw new UserError("variable " + name + " in " + file + " is not one-dimensional");
            }
            double[] values = array.values();
            for (int i = 0; i < values.length; i++) {
                if (!Double.isFinite(values[i])) {
                    throw new UserError(file + " variable " + name + ": non-finite input value at index " + i);
                }
            }
            return values;
        } catch (DataFileException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}
