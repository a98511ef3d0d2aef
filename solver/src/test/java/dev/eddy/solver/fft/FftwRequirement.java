package dev.eddy.solver.fft;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests of the FFTW backend need the native library: a missing library skips them, except under CI (env {@code CI}
 * set, as for the NetCDF tools in the data module's {@code ExternalTools}), where it fails: {@code .ci/run} installs
 * {@code libfftw3-double3} and {@code libfftw3-single3}.
 */
public final class FftwRequirement {

    private FftwRequirement() {
    }

    public static void requireFftw() {
        if (FftwLibrary.available()) {
            return;
        }
        String message = FftwLibrary.unavailableMessage();
        if (System.getenv("CI") != null) {
            fail(message + "; CI must have it");
        }
        assumeTrue(false, message);
    }
}
