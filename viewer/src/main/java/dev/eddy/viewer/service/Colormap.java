package dev.eddy.viewer.service;

import java.util.Objects;

/**
 * A colormap: a 256-entry lookup table of opaque ARGB colours from low (index 0) to high (index 255).
 * Immutable and thread-safe.
 */
public final class Colormap {
    /** Number of entries in every table. */
    public static final int SIZE = 256;

    private final String id;
    private final String label;
    private final boolean diverging;
    private final int[] table;

    private Colormap(String id, String label, boolean diverging, int[] table) {
        this.id = id;
        this.label = label;
        this.diverging = diverging;
        this.table = table;
    }

    /** A colormap from a table of exactly {@link #SIZE} ARGB entries (copied). */
    public static Colormap of(String id, String label, boolean diverging, int[] table) {
        Objects.requireNonNull(id, "id");
        if (table.length != SIZE) {
            throw new IllegalArgumentException("colormap table needs " + SIZE + " entries, got " + table.length);
        }
        return new Colormap(id, label, diverging, table.clone());
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Whether the map has a neutral centre, meant for signed fields with symmetric limits. */
    public boolean diverging() {
        return diverging;
    }

    /** The colour at position {@code t} in [0,1] (clamped); NaN maps to transparent. */
    public int argb(double t) {
        if (Double.isNaN(t)) {
            return 0;
        }
        int i = (int) (t * (SIZE - 1) + 0.5);
        return table[Math.max(0, Math.min(SIZE - 1, i))];
    }

    /** Entry {@code i} of the table. */
    public int entry(int i) {
        return table[i];
    }

    @Override
    public String toString() {
        return label;
    }
}
