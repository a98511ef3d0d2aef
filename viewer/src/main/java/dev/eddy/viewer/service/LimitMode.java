package dev.eddy.viewer.service;

/** How colour limits are chosen from the data. */
public enum LimitMode {
    /** Smallest and largest finite value. */
    MIN_MAX("Min–max"),
    /** ±(largest absolute finite value), for signed fields on a diverging map. */
    SYMMETRIC("Symmetric"),
    /** The 2nd and 98th percentiles of the finite values, robust to a few extreme cells. */
    ROBUST("Robust 2–98 %");

    private final String label;

    LimitMode(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
