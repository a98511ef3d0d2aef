package dev.eddy.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;
import java.util.TreeMap;

/**
 * Checks and copies attribute maps: keys are non-blank, values are String, Number or double[].
 *
 * <p>Order is part of a file's bytes, so it must not depend on the JVM run: ordered maps ({@link SequencedMap} such
 * as {@link LinkedHashMap}) keep their order; other maps (e.g. {@code Map.of}, whose iteration order changes from one
 * JVM to the next) are sorted by key.
 */
final class Attributes {
    private Attributes() {
    }

    /** An unmodifiable, validated copy in a deterministic order (double[] values are cloned). */
    static Map<String, Object> copyOf(Map<String, ?> attributes) {
        SequencedMap<String, Object> copy = new LinkedHashMap<>();
        if (attributes != null) {
            Map<String, ?> ordered = attributes instanceof SequencedMap<String, ?> ? attributes
                    : new TreeMap<>(attributes);
            ordered.forEach((k, v) -> copy.put(k, checked(k, v)));
        }
        return Collections.unmodifiableSequencedMap(copy);
    }

    /** An unmodifiable copy of {@code base} plus one entry (last, or in place if the key exists). */
    static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        SequencedMap<String, Object> copy = new LinkedHashMap<>(base);
        copy.put(key, checked(key, value));
        return Collections.unmodifiableSequencedMap(copy);
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
