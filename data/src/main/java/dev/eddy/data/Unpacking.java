package dev.eddy.data;

import java.util.Map;
import ucar.ma2.Array;
import ucar.ma2.DataType;
import ucar.ma2.IndexIterator;

/**
 * Turns stored values into physical doubles following the CF conventions (CF-1.8 §8.1 "Packed Data" and §2.5.1
 * "Missing data, valid and actual range of data").
 *
 * <p>A stored value {@code p} is missing, and becomes NaN, if it equals {@code _FillValue} or one of the
 * {@code missing_value}s, or lies outside {@code valid_min}/{@code valid_max}/{@code valid_range}; these tests use the
 * packed value. Otherwise the result is {@code p * scale_factor + add_offset} (defaults 1 and 0). Integer types
 * with {@code _Unsigned = "true"} are read as unsigned.
 */
final class Unpacking {
    private final double scale;
    private final double offset;
    private final double[] missing;
    private final double validMin;
    private final double validMax;
    private final boolean unsigned;

    private Unpacking(double scale, double offset, double[] missing, double validMin, double validMax,
                      boolean unsigned) {
        this.scale = scale;
        this.offset = offset;
        this.missing = missing;
        this.validMin = validMin;
        this.validMax = validMax;
        this.unsigned = unsigned;
    }

    static Unpacking of(Map<String, Object> attributes) {
        double scale = number(attributes.get("scale_factor"), 1.0);
        double offset = number(attributes.get("add_offset"), 0.0);
        java.util.List<Double> miss = new java.util.ArrayList<>();
        addAll(miss, attributes.get("_FillValue"));
        addAll(miss, attributes.get("missing_value"));
        double min = Double.NEGATIVE_INFINITY;
        double max = Double.POSITIVE_INFINITY;
        if (attributes.get("valid_range") instanceof double[] r && r.length == 2) {
            min = r[0];
            max = r[1];
        }
        min = number(attributes.get("valid_min"), min);
        max = number(attributes.get("valid_max"), max);
        boolean unsigned = "true".equalsIgnoreCase(String.valueOf(attributes.get("_Unsigned")));
        return new Unpacking(scale, offset, miss.stream().mapToDouble(Double::doubleValue).toArray(), min, max,
                unsigned);
    }

    /** Unpacks all values of a numeric array in index order (row-major). */
    double[] apply(Array raw, String variable) {
        DataType type = raw.getDataType();
        if (!type.isNumeric()) {
            throw new IllegalArgumentException("variable " + variable + " is not numeric (" + type + ")");
        }
        double[] out = new double[(int) raw.getSize()];
        IndexIterator it = raw.getIndexIterator();
        boolean unsignedInt = unsigned && type.isIntegral();
        double[] missingValues = unsignedInt ? unsignedMissing(type) : missing;
        for (int i = 0; i < out.length; i++) {
            double p = unsignedInt ? unsignedValue(it, type) : it.getDoubleNext();
            out[i] = isMissing(p, missingValues) ? Double.NaN : p * scale + offset;
        }
        return out;
    }

    /** Fill and missing values stored in a signed attribute of an unsigned variable, read as unsigned. */
    private double[] unsignedMissing(DataType type) {
        double[] u = missing.clone();
        double modulus = switch (type) {
            case BYTE -> 0x1p8;
            case SHORT -> 0x1p16;
            case INT -> 0x1p32;
            default -> 0;
        };
        for (int i = 0; i < u.length; i++) {
            if (u[i] < 0 && modulus > 0) {
                u[i] += modulus;
            }
        }
        return u;
    }

    private boolean isMissing(double p, double[] missingValues) {
        for (double m : missingValues) {
            if (p == m) {
                return true;
            }
        }
        return p < validMin || p > validMax;
    }

    private static double unsignedValue(IndexIterator it, DataType type) {
        return switch (type) {
            case BYTE -> Byte.toUnsignedInt(it.getByteNext());
            case SHORT -> Short.toUnsignedInt(it.getShortNext());
            case INT -> Integer.toUnsignedLong(it.getIntNext());
            case LONG -> {
                long v = it.getLongNext();
                yield v >= 0 ? v : (double) (v >>> 1) * 2.0 + (v & 1);
            }
            default -> it.getDoubleNext();
        };
    }

    private static double number(Object value, double fallback) {
        return switch (value) {
            case Number n -> n.doubleValue();
            case double[] a when a.length > 0 -> a[0];
            case null, default -> fallback;
        };
    }

    private static void addAll(java.util.List<Double> list, Object value) {
        switch (value) {
            case Number n -> list.add(n.doubleValue());
            case double[] a -> {
                for (double d : a) {
                    list.add(d);
                }
            }
            case null, default -> {
                return;
            }
        }
    }
}
