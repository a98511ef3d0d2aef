package dev.eddy.data;

/** Storage type of a variable in a file. Values are always handed over as {@code double} in memory. */
public enum DataKind {
    /** 32-bit IEEE float (halves the file size; about 7 significant digits). */
    FLOAT,
    /** 64-bit IEEE double. */
    DOUBLE
}
