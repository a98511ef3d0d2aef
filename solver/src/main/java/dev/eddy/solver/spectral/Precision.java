package dev.eddy.solver.spectral;

import java.util.Locale;

/** Floating-point precision of a solver's state and arithmetic. */
public enum Precision {
    /** 64-bit (default). */
    DOUBLE,
    /** 32-bit: half the memory traffic, ~1e-7 relative rounding per operation. */
    FLOAT;

    /** Parses {@code double}/{@code float64} or {@code float}/{@code float32} (any case). */
    public static Precision parse(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "double", "float64", "f64" -> DOUBLE;
            case "float", "float32", "f32", "single" -> FLOAT;
            default -> throw new IllegalArgumentException("unknown precision '" + name + "'; use double or float");
        };
    }
}
