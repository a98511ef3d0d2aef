package dev.eddy.solver.fft;

import java.util.Locale;

/**
 * Which FFT library the pseudo-spectral step runs on. Chosen explicitly, never by silent fallback:
 * {@link #select(String)} maps {@code auto} to {@link #FFTW} when the native library loads and to
 * {@link #JTRANSFORMS} otherwise, and {@code fftw} to {@link #FFTW} or an {@link UnavailableException}.
 * {@link #configured()} reads the choice from the system property {@value #PROPERTY} (default {@code auto}).
 */
public enum FftBackend {
    /** FFTW 3 through the FFM API ({@link FftwLibrary}): 2-D r2c/c2r plans, {@code FFTW_MEASURE}. */
    FFTW,
    /** JTransforms (pure Java) 1-D transforms, composed and fused with the solver's work ({@link RowFft}, {@link ColumnFft}). */
    JTRANSFORMS;

    /** System property holding the choice: {@code auto}, {@code fftw} or {@code jtransforms}. */
    public static final String PROPERTY = "eddy.fft";

    /** The backend a choice means here: {@code auto | fftw | jtransforms} (any case). */
    public static FftBackend select(String choice) {
        return switch (choice.trim().toLowerCase(Locale.ROOT)) {
            case "auto" -> FftwLibrary.available() ? FFTW : JTRANSFORMS;
            case "fftw" -> {
                if (!FftwLibrary.available()) {
                    throw new UnavailableException(FftwLibrary.unavailableMessage());
                }
                yield FFTW;
            }
            case "jtransforms" -> JTRANSFORMS;
            default -> throw new IllegalArgumentException("unknown FFT backend '" + choice + "'; use auto, fftw or jtransforms");
        };
    }

    /** The backend selected by the system property {@value #PROPERTY} (default {@code auto}). */
    public static FftBackend configured() {
        return select(System.getProperty(PROPERTY, "auto"));
    }

    /** Lower-case name, as written in provenance and accepted by {@link #select(String)}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The backend with its library version, for provenance, e.g. {@code fftw (fftw-3.3.10-sse2-avx)}. */
    public String description() {
        return switch (this) {
            case FFTW -> "fftw (" + FftwLibrary.doublePrecision().map(FftwLibrary::version).orElse("not loaded")
                    + ", FFTW_MEASURE)";
            case JTRANSFORMS -> "jtransforms";
        };
    }

    /** {@code fftw} was asked for but the native library is missing. */
    public static final class UnavailableException extends IllegalStateException {
        public UnavailableException(String message) {
            super(message);
        }
    }
}
