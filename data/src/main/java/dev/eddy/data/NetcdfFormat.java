package dev.eddy.data;

/** On-disk format of files written by {@link FrameWriter}. */
public enum NetcdfFormat {
    /** NetCDF-3, 64-bit offset variant (CDF-2). Pure Java, crash safe frame by frame, resumable bitwise. */
    NC3,
    /** NetCDF-4/HDF5 with deflate level 5 and shuffle. Writing needs the native libnetcdf (e.g. Debian libnetcdf19). */
    NC4;

    /** @return true when the native NetCDF C library needed to write {@link #NC4} can be loaded */
    public static boolean nc4Available() {
        return Nc4Library.present();
    }

    /**
     * Parses a command-line spelling: {@code nc3} or {@code nc4} (case-insensitive).
     *
     * @throws IllegalArgumentException for anything else
     */
    public static NetcdfFormat parse(String text) {
        return switch (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "nc3", "netcdf3" -> NC3;
            case "nc4", "netcdf4" -> NC4;
            default -> throw new IllegalArgumentException("unknown NetCDF format '" + text + "' (use nc3 or nc4)");
        };
    }
}
