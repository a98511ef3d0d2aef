package dev.eddy.data;

import com.sun.jna.Native;
import java.lang.reflect.Field;
import ucar.nc2.jni.netcdf.Nc4Iosp;
import ucar.nc2.jni.netcdf.Nc4prototypes;

/**
 * Loads the native NetCDF library for netcdf-java's {@link Nc4Iosp}, once, without console noise.
 *
 * <p>netcdf-java 4.5.5's {@code Nc4Iosp.load()} prints two lines to standard output (and logs one at INFO) the first
 * time it runs, which would end up in the output of eddy commands such as {@code eddy simulate --quiet}. This class
 * performs the same steps ({@code Nc4Iosp.setLibraryAndPath(null, null)}, then JNA's
 * {@code Native.loadLibrary("netcdf", Nc4prototypes.class)}) and hands the binding to {@code Nc4Iosp}'s static field
 * {@code nc4}, which makes {@code load()} return it silently. If that field cannot be set (another netcdf-java
 * version), it asks {@link Nc4Iosp#isClibraryPresent()} directly: the answer is the same, only with the messages.
 */
final class Nc4Library {
    private static final String LIBRARY = "netcdf";
    private static final boolean PRESENT = load();

    private Nc4Library() {
    }

    static boolean present() {
        return PRESENT;
    }

    private static boolean load() {
        Nc4prototypes binding;
        try {
            Nc4Iosp.setLibraryAndPath(null, null);
            binding = Native.loadLibrary(LIBRARY, Nc4prototypes.class);
        } catch (LinkageError e) {
            return false;
        }
        try {
            Field field = Nc4Iosp.class.getDeclaredField("nc4");
            field.setAccessible(true);
            if (field.get(null) == null) {
                field.set(null, binding);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Nc4Iosp.isClibraryPresent();
        }
        return Nc4Iosp.isClibraryPresent();
    }
}
