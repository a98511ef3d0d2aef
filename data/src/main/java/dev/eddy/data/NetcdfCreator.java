package dev.eddy.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import ucar.ma2.Array;
import ucar.ma2.DataType;
import ucar.ma2.InvalidRangeException;
import ucar.nc2.Attribute;
import ucar.nc2.NetcdfFileWriter;
import ucar.nc2.Variable;

/**
 * Creates a CF-1.8 file from a {@link DatasetSchema} with netcdf-java: header, coordinates and static variables,
 * zero time frames. The file is built under a temporary name and renamed into place, so it is never seen half made.
 */
final class NetcdfCreator {
    /** CF convention version written to the {@code Conventions} global attribute. */
    static final String CONVENTIONS = "CF-1.8";
    static final int DEFLATE_LEVEL = 5;

    private NetcdfCreator() {
    }

    static void create(Path target, DatasetSchema schema, NetcdfFormat format) {
        if (format == NetcdfFormat.NC4 && !NetcdfFormat.nc4Available()) {
            throw DataFileException.of(target, "cannot write NetCDF-4: the native NetCDF library (libnetcdf) is not"
                    + " installed (Debian/Ubuntu: apt-get install libnetcdf19); use NetCDF-3 instead");
        }
        AtomicFiles.writeAtomically(target, temp -> write(temp, schema, format));
    }

    private static void write(Path temp, DatasetSchema schema, NetcdfFormat format) throws IOException {
        Files.deleteIfExists(temp);
        boolean nc3 = format == NetcdfFormat.NC3;
        NetcdfFileWriter w = nc3
                ? NetcdfFileWriter.createNew(NetcdfFileWriter.Version.netcdf3, temp.toString())
                : NetcdfFileWriter.createNew(NetcdfFileWriter.Version.netcdf4, temp.toString(),
                        new FrameChunking(DEFLATE_LEVEL));
        boolean done = false;
        try {
            if (nc3) {
                w.setLargeFile(true);
                w.setFill(false);
            }
            define(w, schema, nc3);
            w.create();
            for (LabelledArray c : schema.coordinates()) {
                w.write(w.findVariable(c.name()), array(c, DataType.DOUBLE));
            }
            for (DatasetSchema.StaticVariable s : schema.staticVariables()) {
                w.write(w.findVariable(s.values().name()), array(s.values(), dataType(s.kind())));
            }
            done = true;
        } catch (InvalidRangeException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            if (done) {
                w.close();
            } else {
                w.abort();
            }
        }
    }

    private static void define(NetcdfFileWriter w, DatasetSchema schema, boolean nc3) {
        w.addGroupAttribute(null, new Attribute("Conventions", CONVENTIONS));
        schema.globalAttributes().forEach((k, v) -> {
            if (!k.equals("Conventions")) {
                w.addGroupAttribute(null, NcAttributes.toNetcdf(k, v, null, nc3));
            }
        });
        if (schema.hasTime()) {
            w.addUnlimitedDimension(DatasetSchema.TIME);
        }
        schema.dimensions().forEach((name, length) -> w.addDimension(null, name, length));
        if (schema.hasTime()) {
            Variable t = w.addVariable(null, DatasetSchema.TIME, DataType.DOUBLE, DatasetSchema.TIME);
            addAttributes(w, t, timeAttributes(schema), nc3);
        }
        for (LabelledArray c : schema.coordinates()) {
            Variable v = w.addVariable(null, c.name(), DataType.DOUBLE, c.name());
            addAttributes(w, v, c.attributes(), nc3);
        }
        for (DatasetSchema.StaticVariable s : schema.staticVariables()) {
            Variable v = w.addVariable(null, s.values().name(), dataType(s.kind()), String.join(" ", s.values().dims()));
            addAttributes(w, v, s.values().attributes(), nc3);
        }
        for (DatasetSchema.VariableSpec spec : schema.variables()) {
            Variable v = w.addVariable(null, spec.name(), dataType(spec.kind()), String.join(" ", spec.dims()));
            Map<String, Object> attributes = new java.util.LinkedHashMap<>();
            attributes.put("_FillValue", Double.NaN);
            attributes.putAll(spec.attributes());
            addAttributes(w, v, attributes, nc3);
        }
    }

    /** The caller's time attributes plus units, axis and a long_name; standard_name only for reference units. */
    private static Map<String, Object> timeAttributes(DatasetSchema schema) {
        Map<String, Object> a = new java.util.LinkedHashMap<>();
        boolean calendarTime = schema.timeUnits().contains(" since ");
        if (calendarTime) {
            a.put("standard_name", "time");
        }
        a.put("long_name", calendarTime ? "time" : "model time");
        a.put("units", schema.timeUnits());
        a.put("axis", "T");
        a.putAll(schema.timeAttributes());
        return a;
    }

    private static void addAttributes(NetcdfFileWriter w, Variable v, Map<String, Object> attributes, boolean nc3) {
        attributes.forEach((k, val) -> w.addVariableAttribute(v, NcAttributes.toNetcdf(k, val, v.getDataType(), nc3)));
    }

    static DataType dataType(DataKind kind) {
        return kind == DataKind.FLOAT ? DataType.FLOAT : DataType.DOUBLE;
    }

    private static Array array(LabelledArray a, DataType type) {
        double[] v = a.valuesView();
        if (type == DataType.FLOAT) {
            float[] f = new float[v.length];
            for (int i = 0; i < v.length; i++) {
                f[i] = (float) v[i];
            }
            return Array.factory(DataType.FLOAT, a.shape(), f);
        }
        return Array.factory(DataType.DOUBLE, a.shape(), v.clone());
    }
}
