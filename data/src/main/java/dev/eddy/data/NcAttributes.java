package dev.eddy.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ucar.ma2.Array;
import ucar.ma2.DataType;
import ucar.nc2.Attribute;

/** Converts attributes between eddy's maps (String, Number, double[]) and netcdf-java {@link Attribute}s. */
final class NcAttributes {
    /** Attributes that CF requires to have the data type of their variable. */
    private static final Set<String> TYPED_LIKE_VARIABLE =
            Set.of("_FillValue", "missing_value", "valid_min", "valid_max", "valid_range", "actual_range");

    /**
     * Storage details that NetCDF-4/HDF5 readers expose as attributes but that describe the file layout, not the data
     * ({@code ncdump} hides them unless asked with {@code -s}).
     */
    private static final Set<String> STORAGE_ATTRIBUTES = Set.of("_ChunkSizes", "_NCProperties", "_Netcdf4Dimid",
            "_Netcdf4Coordinates", "_SuperblockVersion", "_IsNetcdf4", "_Format", "_nc3_strict", "_Storage",
            "_DeflateLevel", "_Shuffle", "_Endianness", "_NoFill", "_Fletcher32");

    private NcAttributes() {
    }

    /**
     * @param variableType the variable's type for attributes that must match it, or null for global attributes
     * @param netcdf3      true for NetCDF-3, which has no 64-bit integers
     */
    static Attribute toNetcdf(String key, Object value, DataType variableType, boolean netcdf3) {
        if (variableType != null && TYPED_LIKE_VARIABLE.contains(key) && !(value instanceof String)) {
            return typed(key, value, variableType);
        }
        return switch (value) {
            case String s -> new Attribute(key, s);
            case Long l when netcdf3 -> {
                if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("attribute " + key + " = " + l
                            + " does not fit NetCDF-3's 32-bit integers; store it as a String");
                }
                yield new Attribute(key, l.intValue());
            }
            case Number n -> new Attribute(key, n);
            case double[] a -> new Attribute(key, Array.factory(a.clone()));
            default -> throw new IllegalArgumentException("attribute " + key + " has unsupported type "
                    + value.getClass().getSimpleName());
        };
    }

    private static Attribute typed(String key, Object value, DataType type) {
        double[] v = switch (value) {
            case Number n -> new double[] {n.doubleValue()};
            case double[] a -> a;
            default -> throw new IllegalArgumentException("attribute " + key + " must be numeric");
        };
        if (type == DataType.FLOAT) {
            float[] f = new float[v.length];
            for (int i = 0; i < v.length; i++) {
                f[i] = (float) v[i];
            }
            return f.length == 1 ? new Attribute(key, f[0]) : new Attribute(key, Array.factory(f));
        }
        return v.length == 1 ? new Attribute(key, v[0]) : new Attribute(key, Array.factory(v.clone()));
    }

    /**
     * An insertion-ordered map: strings as String, single numbers as Number, numeric arrays as double[]; storage
     * details such as {@code _ChunkSizes} are left out.
     */
    static java.util.SequencedMap<String, Object> fromNetcdf(List<Attribute> attributes) {
        java.util.SequencedMap<String, Object> map = new LinkedHashMap<>();
        for (Attribute a : attributes) {
            if (STORAGE_ATTRIBUTES.contains(a.getShortName())) {
                continue;
            }
            Object v = fromNetcdf(a);
            if (v != null) {
                map.put(a.getShortName(), v);
            }
        }
        return map;
    }

    private static Object fromNetcdf(Attribute a) {
        if (a.isString()) {
            return a.getLength() <= 1 ? a.getStringValue() : String.join("\n", strings(a));
        }
        if (a.getLength() == 0) {
            return null;
        }
        if (a.getLength() == 1) {
            return a.getNumericValue();
        }
        double[] v = new double[a.getLength()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.getNumericValue(i).doubleValue();
        }
        return v;
    }

    private static List<String> strings(Attribute a) {
        String[] s = new String[a.getLength()];
        for (int i = 0; i < s.length; i++) {
            s[i] = a.getStringValue(i);
        }
        return List.of(s);
    }
}
