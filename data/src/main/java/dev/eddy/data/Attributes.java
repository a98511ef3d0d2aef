package dev.eddy.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks and copies attribute maps: keys are non-blank, values are String, Number or double[]. */
final class Attributes {
    private Attributes() {
    }

    /** An unmodifiable, insertion-ordered, validated copy (double[] values are cloned). */
    static Map<String, Object> copyOf(Map<String, ?> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        attributes.forEach((k, v) -> copy.put(k, checked(k, v)));
        return Collections.unmodifiableMap(copy);
    }

    /** An unmodifiable copy of {@code base} plus one entry. */
    static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(base);
        copy.put(key, checked(key, value));
        return Collections.unmodifiableMap(copy);
    }

    static Object checked(String key, Object value) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("attribute name must not be blank");
        }
        return switch (value) {
            case String s -> s;
            case Number n -> n;
            case double[] a -> a.clone();
            case null -> throw new IllegalArgumentException("attribute '" + key + "' has no value");
            default -> throw new IllegalArgumentException("attribute '" + key + "' has unsupported type "
                    + value.getClass().getSimpleName() + " (use String, Number or double[])");
        };
    }
}
