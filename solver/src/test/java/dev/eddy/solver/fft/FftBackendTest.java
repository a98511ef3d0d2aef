package dev.eddy.solver.fft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FftBackendTest {

    @Test
    void autoMeansFftwExactlyWhenTheLibraryLoads() {
        assertEquals(FftwLibrary.available() ? FftBackend.FFTW : FftBackend.JTRANSFORMS, FftBackend.select("auto"));
        assertEquals(FftBackend.JTRANSFORMS, FftBackend.select(" JTransforms "));
    }

    @Test
    void fftwIsGivenOrRefusedNeverReplaced() {
        if (FftwLibrary.available()) {
            assertEquals(FftBackend.FFTW, FftBackend.select("fftw"));
            assertTrue(FftBackend.FFTW.description().contains("fftw-3"), FftBackend.FFTW.description());
        } else {
            FftBackend.UnavailableException e = assertThrows(FftBackend.UnavailableException.class,
                    () -> FftBackend.select("fftw"));
            assertTrue(e.getMessage().contains("libfftw3"), e.getMessage());
        }
    }

    @Test
    void unknownChoicesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FftBackend.select("mkl"));
        assertTrue(e.getMessage().contains("auto, fftw or jtransforms"), e.getMessage());
    }

    @Test
    void theLibraryLoadsUnderCi() {
        FftwRequirement.requireFftw();
        assertTrue(FftwLibrary.doublePrecision().orElseThrow().version().startsWith("fftw-3"));
        assertTrue(FftwLibrary.singlePrecision().orElseThrow().isSinglePrecision());
    }
}
