package dev.eddy.solver.fft;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The FFTW 3 library of one precision ({@code libfftw3.so.3} for double, {@code libfftw3f.so.3} for float, and their
 * {@code _threads} companions; Debian packages {@code libfftw3-double3}, {@code libfftw3-single3}), bound through the
 * Foreign Function &amp; Memory API, found by the dynamic linker or in the folder named by the system property
 * {@value #PATH_PROPERTY}. Only what {@link FftwRealFftBatch} needs: {@code plan_many_dft_r2c/c2r},
 * {@code execute}, {@code destroy_plan}, {@code plan_with_nthreads} and wisdom import/export.
 *
 * <p>FFTW's planner is not thread-safe (FFTW manual §5.4, "Thread safety"): planning, destroying plans and wisdom
 * calls hold {@link #PLANNER_LOCK}; {@code execute} of distinct plans (or one plan on distinct arrays) may run
 * concurrently.
 *
 * <p><b>Wisdom</b>: plans are made with {@code FFTW_MEASURE}, which times candidate algorithms, so two processes may
 * pick different algorithms and differ at rounding level. To keep reruns and {@code --resume} bitwise reproducible,
 * the accumulated wisdom is imported when the library loads and exported (atomically) after every new plan, to
 * {@code <dir>/fftw3[f]-wisdom.txt} with {@code dir} = system property {@code eddy.fftw.wisdom.dir}, else
 * {@code $XDG_CACHE_HOME/eddy}, else {@code ~/.cache/eddy}. A process that imports the wisdom reproduces the
 * planning process's algorithms on the same machine and library.
 *
 * <p>The process needs {@code --enable-native-access=ALL-UNNAMED} (eddy's launcher and Surefire pass it), otherwise
 * Java 25 prints a warning on the first native call.
 */
public final class FftwLibrary {

    /** System property: a folder holding the FFTW libraries, for installations outside the linker's search path. */
    public static final String PATH_PROPERTY = "eddy.fftw.path";

    /** Serialises every call into FFTW's planner, for both precisions. */
    static final Object PLANNER_LOCK = new Object();

    /** {@code FFTW_MEASURE}: plan by timing candidates (FFTW manual §4.3.2). */
    static final int MEASURE = 0;

    private static final Linker LINKER = Linker.nativeLinker();

    private final boolean single;
    private final String version;
    private final Path wisdomFile;
    private final MethodHandle planManyR2c;
    private final MethodHandle planManyC2r;
    private final MethodHandle execute;
    private final MethodHandle destroyPlan;
    private final MethodHandle planWithNthreads;
    private final MethodHandle importWisdom;
    private final MethodHandle exportWisdom;

    private FftwLibrary(boolean single) {
        this.single = single;
        String base = single ? "libfftw3f" : "libfftw3";
        String prefix = single ? "fftwf_" : "fftw_";
        SymbolLookup core = library(base + ".so.3");
        SymbolLookup threads = library(base + "_threads.so.3");
        SymbolLookup lookup = threads.or(core);
        ValueLayout.OfInt i = ValueLayout.JAVA_INT;
        ValueLayout a = ValueLayout.ADDRESS;
        FunctionDescriptor many = FunctionDescriptor.of(a, i, a, i, a, a, i, i, a, a, i, i, i);
        this.planManyR2c = handle(lookup, prefix + "plan_many_dft_r2c", many);
        this.planManyC2r = handle(lookup, prefix + "plan_many_dft_c2r", many);
        this.execute = handle(lookup, prefix + "execute", FunctionDescriptor.ofVoid(a));
        this.destroyPlan = handle(lookup, prefix + "destroy_plan", FunctionDescriptor.ofVoid(a));
        this.planWithNthreads = handle(lookup, prefix + "plan_with_nthreads", FunctionDescriptor.ofVoid(i));
        this.importWisdom = handle(lookup, prefix + "import_wisdom_from_filename", FunctionDescriptor.of(i, a));
        this.exportWisdom = handle(lookup, prefix + "export_wisdom_to_filename", FunctionDescriptor.of(i, a));
        MethodHandle initThreads = handle(lookup, prefix + "init_threads", FunctionDescriptor.of(i));
        MemorySegment versionSymbol = lookup.find(prefix + "version")
                .orElseThrow(() -> new IllegalStateException("symbol " + prefix + "version missing"));
        this.version = versionSymbol.reinterpret(64).getString(0);
        this.wisdomFile = wisdomDirectory().resolve((single ? "fftw3f" : "fftw3") + "-wisdom.txt");
        synchronized (PLANNER_LOCK) {
            try {
                if ((int) initThreads.invokeExact() == 0) {
                    throw new IllegalStateException(prefix + "init_threads failed");
                }
                importWisdomFile();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }

    /**
     * The shared library {@code name}: from the folder in the system property {@value #PATH_PROPERTY} when it is
     * set, else by the dynamic linker's search (ldconfig cache, {@code LD_LIBRARY_PATH}).
     */
    private static SymbolLookup library(String name) {
        String folder = System.getProperty(PATH_PROPERTY);
        if (folder != null && !folder.isBlank()) {
            return SymbolLookup.libraryLookup(Path.of(folder, name), Arena.global());
        }
        return SymbolLookup.libraryLookup(name, Arena.global());
    }

    private static MethodHandle handle(SymbolLookup lookup, String name, FunctionDescriptor descriptor) {
        MemorySegment symbol = lookup.find(name).orElseThrow(() -> new IllegalStateException("symbol " + name + " missing"));
        return LINKER.downcallHandle(symbol, descriptor);
    }

    /** The double-precision library, or empty with the reason it could not be loaded. */
    public static Optional<FftwLibrary> doublePrecision() {
        return Optional.ofNullable(DoubleHolder.LIBRARY);
    }

    /** The single-precision library, or empty. */
    public static Optional<FftwLibrary> singlePrecision() {
        return Optional.ofNullable(SingleHolder.LIBRARY);
    }

    /** Why the libraries could not be loaded, or {@code null} when both are loaded. */
    public static String loadFailure() {
        if (DoubleHolder.FAILURE != null) {
            return DoubleHolder.FAILURE;
        }
        return SingleHolder.FAILURE;
    }

    /** Whether both precisions loaded. */
    public static boolean available() {
        return DoubleHolder.LIBRARY != null && SingleHolder.LIBRARY != null;
    }

    /** The library for {@code single} precision or double; throws if it is not loaded. */
    static FftwLibrary of(boolean single) {
        Optional<FftwLibrary> library = single ? singlePrecision() : doublePrecision();
        return library.orElseThrow(() -> new IllegalStateException(unavailableMessage()));
    }

    /** One line: what failed to load and what to install. */
    public static String unavailableMessage() {
        return "FFTW 3 could not be loaded (" + loadFailure() + "); install libfftw3-double3 and libfftw3-single3"
                + " (Debian/Ubuntu) or choose the JTransforms backend (eddy.fft=jtransforms)";
    }

    /** FFTW's version string, e.g. {@code fftw-3.3.10-sse2-avx}. */
    public String version() {
        return version;
    }

    public boolean isSinglePrecision() {
        return single;
    }

    /** Where this precision's wisdom is kept. */
    public Path wisdomFile() {
        return wisdomFile;
    }

    /**
     * {@code plan_many_dft_r2c} (forward) or {@code plan_many_dft_c2r} (inverse) of {@code howmany} contiguous
     * {@code ny × nx} real fields and their {@code ny × (nx/2+1)} interleaved complex half spectra, with
     * {@code FFTW_MEASURE} on {@code threads} threads; the arrays are overwritten while planning. Exports the wisdom.
     */
    MemorySegment planMany(boolean forward, int ny, int nx, int howmany, MemorySegment real, MemorySegment complex,
                           int threads) {
        int realDistance = ny * nx;
        int complexDistance = ny * (nx / 2 + 1);
        synchronized (PLANNER_LOCK) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment dims = arena.allocateFrom(ValueLayout.JAVA_INT, ny, nx);
                planWithNthreads.invokeExact(threads);
                MemorySegment plan = forward
                        ? (MemorySegment) planManyR2c.invokeExact(2, dims, howmany, real, MemorySegment.NULL, 1,
                                realDistance, complex, MemorySegment.NULL, 1, complexDistance, MEASURE)
                        : (MemorySegment) planManyC2r.invokeExact(2, dims, howmany, complex, MemorySegment.NULL, 1,
                                complexDistance, real, MemorySegment.NULL, 1, realDistance, MEASURE);
                if (plan.equals(MemorySegment.NULL)) {
                    throw new IllegalStateException("FFTW could not plan a " + ny + "×" + nx + " transform");
                }
                exportWisdomFile();
                return plan;
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }

    /** Executes {@code plan} on the arrays it was planned with. */
    void execute(MemorySegment plan) {
        try {
            execute.invokeExact(plan);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    void destroy(MemorySegment plan) {
        synchronized (PLANNER_LOCK) {
            try {
                destroyPlan.invokeExact(plan);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }

    private void importWisdomFile() throws Throwable {
        if (Files.isReadable(wisdomFile)) {
            try (Arena arena = Arena.ofConfined()) {
                int ok = (int) importWisdom.invokeExact(arena.allocateFrom(wisdomFile.toString()));
                if (ok == 0) {
                    throw new IllegalStateException("FFTW could not read its wisdom file " + wisdomFile
                            + "; delete it and rerun");
                }
            }
        }
    }

    /**
     * Writes the wisdom to a temporary file next to {@link #wisdomFile()} and moves it into place, so that a reader
     * never sees half a file. A cache folder that cannot be written only costs reproducibility across processes.
     */
    private void exportWisdomFile() throws Throwable {
        Path temporary = null;
        try {
            Files.createDirectories(wisdomFile.getParent());
            temporary = Files.createTempFile(wisdomFile.getParent(), wisdomFile.getFileName().toString(), ".tmp");
            try (Arena arena = Arena.ofConfined()) {
                int ok = (int) exportWisdom.invokeExact(arena.allocateFrom(temporary.toString()));
                if (ok != 0) {
                    Files.move(temporary, wisdomFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    temporary = null;
                }
            }
        } catch (IOException e) {
            // A read-only or missing cache folder: plans still work, they are just re-measured by the next process.
        } finally {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    private static Path wisdomDirectory() {
        String configured = System.getProperty("eddy.fftw.wisdom.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "eddy");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "eddy");
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return message == null ? t.getClass().getSimpleName() : message;
    }

    @Override
    public String toString() {
        return "FftwLibrary[" + version + "]";
    }

    /** Loads the double-precision library on first use. */
    private static final class DoubleHolder {
        private static final FftwLibrary LIBRARY;
        private static final String FAILURE;

        static {
            FftwLibrary library = null;
            String failure = null;
            try {
                library = new FftwLibrary(false);
            } catch (RuntimeException | UnsatisfiedLinkError e) {
                failure = describe(e);
            }
            LIBRARY = library;
            FAILURE = failure;
        }
    }

    /** Loads the single-precision library on first use. */
    private static final class SingleHolder {
        private static final FftwLibrary LIBRARY;
        private static final String FAILURE;

        static {
            FftwLibrary library = null;
            String failure = null;
            try {
                library = new FftwLibrary(true);
            } catch (RuntimeException | UnsatisfiedLinkError e) {
                failure = describe(e);
            }
            LIBRARY = library;
            FAILURE = failure;
        }
    }
}
