package dev.eddy.cli.info;

import dev.eddy.data.NetcdfFormat;
import dev.eddy.data.NetcdfReader;
import dev.eddy.data.VariableInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text {@code eddy info} prints for a NetCDF file: format, dimensions, variables (dims, shape, units, long name),
 * provenance attributes, then the remaining global attributes. Multi-line values (e.g. the run's configuration) are
 * indented under their key.
 */
final class FileSummary {
    /** Global attributes written by {@code dev.eddy.data.Provenance}, in the order they are shown. */
    static final List<String> PROVENANCE_KEYS = List.of("eddy_command", "eddy_seed", "eddy_version",
            "eddy_git_commit", "date_created", "history", "java_version", "java_vendor", "os_name", "os_arch",
            "eddy_config");

    private FileSummary() {
    }

    static List<String> lines(NetcdfReader r) {
        List<String> out = new ArrayList<>();
        out.add(r.file() + " (" + (r.format() == NetcdfFormat.NC3 ? "NetCDF-3" : "NetCDF-4/HDF5") + ")");
        out.add("dimensions:");
        List<String> unlimited = r.unlimitedDimensions();
        r.dimensions().forEach((name, length) ->
                out.add("  " + name + " = " + length + (unlimited.contains(name) ? " (unlimited)" : "")));
        out.add("variables:");
        List<String[]> rows = new ArrayList<>();
        for (String name : r.variableNames()) {
            VariableInfo v = r.info(name);
            String longName = v.attributes().get("long_name") instanceof String s ? s : "";
            rows.add(new String[] {name, "(" + String.join(", ", v.dims()) + ")", Arrays.toString(v.shape()),
                v.units().isEmpty() ? "" : "[" + v.units() + "]", longName});
        }
        out.addAll(table(rows));
        Map<String, Object> globals = new LinkedHashMap<>(r.globalAttributes());
        List<String> provenance = new ArrayList<>();
        for (String key : PROVENANCE_KEYS) {
            Object value = globals.remove(key);
            if (value != null) {
                provenance.addAll(entry(key, value));
            }
        }
        out.add(provenance.isEmpty() ? "provenance: none (not written by eddy)" : "provenance:");
        out.addAll(provenance);
        if (!globals.isEmpty()) {
            out.add("global attributes:");
            globals.forEach((k, v) -> out.addAll(entry(k, v)));
        }
        return out;
    }

    private static List<String> entry(String key, Object value) {
        String text = value instanceof double[] a ? Arrays.toString(a) : String.valueOf(value);
        List<String> valueLines = text.strip().lines().toList();
        if (valueLines.size() <= 1) {
            return List.of("  " + key + ": " + text.strip());
        }
        List<String> out = new ArrayList<>();
        out.add("  " + key + ":");
        valueLines.forEach(l -> out.add("    " + l));
        return out;
    }

    /** Left-aligned columns separated by two spaces, trailing blanks removed. */
    private static List<String> table(List<String[]> rows) {
        int columns = rows.isEmpty() ? 0 : rows.getFirst().length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        List<String> out = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder b = new StringBuilder(" ");
            for (int c = 0; c < columns; c++) {
                b.append(' ').append(row[c]).append(" ".repeat(width[c] - row[c].length())).append(' ');
            }
            out.add(b.toString().stripTrailing());
        }
        return out;
    }
}
