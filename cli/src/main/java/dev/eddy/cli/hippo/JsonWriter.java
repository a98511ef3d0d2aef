package dev.eddy.cli.hippo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A minimal JSON object writer for the hippo commands: keys in insertion order, values numbers, strings, nested
 * arrays ({@code double[]}, {@code double[][]}, {@code Double[]} with null) and pairs. Non-finite numbers are
 * written as {@code null} (JSON has no NaN).
 */
final class JsonWriter {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    JsonWriter put(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    String render() {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            string(sb, e.getKey());
            sb.append(": ");
            value(sb, e.getValue());
        }
        return sb.append('}').toString();
    }

    private static void value(StringBuilder sb, Object v) {
        switch (v) {
            case null -> sb.append("null");
            case Double d -> number(sb, d);
            case Number n -> sb.append(n);
            case String s -> string(sb, s);
            case double[] a -> {
                sb.append('[');
                for (int i = 0; i < a.length; i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    number(sb, a[i]);
                }
                sb.append(']');
            }
            case Object[] a -> {
                sb.append('[');
                for (int i = 0; i < a.length; i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    value(sb, a[i]);
                }
                sb.append(']');
            }
            default -> throw new IllegalArgumentException("unsupported JSON value " + v.getClass());
        }
    }

    private static void number(StringBuilder sb, double d) {
        if (Double.isFinite(d)) {
            sb.append(d);
        } else {
            sb.append("null");
        }
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** Complex numbers as {@code [re, im]} pairs. */
    static Object[] pairs(double[] re, double[] im) {
        Object[] out = new Object[re.length];
        for (int i = 0; i < re.length; i++) {
            out[i] = new double[] {re[i], im[i]};
        }
        return out;
    }
}
