package dev.eddy.cli.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.eddy.cli.CliRunner;
import dev.eddy.data.NetcdfReader;
import dev.eddy.solver.fft.FftBackend;
import dev.eddy.solver.fft.FftwLibrary;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eddy simulate --fft auto|fftw|jtransforms}: the backend used is recorded in the file's {@code eddy_fft}
 * attribute, never replaced silently; a missing FFTW library is a one-line user error (exit 2). Child JVMs point
 * {@code eddy.fftw.path} at an empty folder to stand for a machine without libfftw3.
 */
class FftOptionTest {

    @TempDir
    Path dir;

    private static String[] spectral(Path out, String... extra) {
        List<String> a = new ArrayList<>(List.of("simulate", "--quiet", "--threads", "1", "--solver", "spectral",
                "--grid", "16", "--t-end", "0.05", "--save-every", "0.05", "--out", out.toString()));
        a.addAll(List.of(extra));
        return a.toArray(String[]::new);
    }

    private static String fftAttribute(Path file) {
        try (NetcdfReader nc = NetcdfReader.open(file)) {
            return String.valueOf(nc.globalAttributes().get("eddy_fft"));
        }
    }

    @Test
    void theBackendUsedIsRecordedInProvenance() {
        Path jt = dir.resolve("jt.nc");
        CliRunner r = CliRunner.run(spectral(jt, "--fft", "jtransforms"));
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("jtransforms", fftAttribute(jt));
        Path auto = dir.resolve("auto.nc");
        assertEquals(0, CliRunner.run(spectral(auto)).exitCode());
        assertEquals(FftBackend.select("auto").description(), fftAttribute(auto));
        Path fv = dir.resolve("fv.nc");
        assertEquals(0, CliRunner.run("simulate", "--quiet", "--threads", "1", "--grid", "16", "--t-end", "0.05",
                "--save-every", "0.05", "--out", fv.toString()).exitCode());
        assertEquals("jtransforms", fftAttribute(fv), "the finite-volume solver runs on JTransforms");
    }

    @Test
    void fftwRunsRecordTheLibraryVersion() {
        if (!FftwLibrary.available()) {
            if (System.getenv("CI") != null) {
                fail(FftwLibrary.unavailableMessage() + "; CI must have it");
            }
            assumeTrue(false, FftwLibrary.unavailableMessage());
        }
        Path out = dir.resolve("fftw.nc");
        CliRunner r = CliRunner.run(spectral(out, "--fft", "fftw", "--precision", "float"));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(fftAttribute(out).startsWith("fftw (fftw-3"), fftAttribute(out));
    }

    @Test
    void unknownBackendIsAOneLineUserError() {
        CliRunner r = CliRunner.run(spectral(dir.resolve("x.nc"), "--fft", "mkl"));
        assertEquals(2, r.exitCode());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("--fft must be auto, fftw or jtransforms"), r.err());
    }

    @Test
    void missingFftwIsAOneLineUserErrorAndAutoSaysJTransforms() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("no-fftw"));
        Result fftw = child(empty, "--fft", "fftw");
        assertEquals(2, fftw.code(), fftw.output());
        assertEquals(1, fftw.output().strip().lines().count(), fftw.output());
        assertTrue(fftw.output().contains("libfftw3-double3 libfftw3-single3"), fftw.output());
        assertFalse(fftw.output().contains("Exception"), fftw.output());

        Result auto = child(empty, "--fft", "auto");
        assertEquals(0, auto.code(), auto.output());
        assertEquals("jtransforms", fftAttribute(dir.resolve("child.nc")));
    }

    @Test
    void nativeCallsPrintNoWarningWithTheLaunchersFlags() throws Exception {
        assumeTrue(FftwLibrary.available() || System.getenv("CI") != null, FftwLibrary.unavailableMessage());
        Result r = child(null, "--fft", "fftw");
        assertEquals(0, r.code(), r.output());
        assertEquals("", r.output().strip(), "a quiet FFTW run prints nothing (no restricted-method warning)");
    }

    private record Result(int code, String output) {
    }

    /** {@code eddy simulate} (spectral, 16², quiet) in a child JVM with the launcher's native-access flag. */
    private Result child(Path fftwPath, String... extra) throws Exception {
        String java = ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "--enable-native-access=ALL-UNNAMED"));
        if (fftwPath != null) {
            cmd.add("-D" + FftwLibrary.PATH_PROPERTY + "=" + fftwPath);
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.eddy.cli.Main"));
        cmd.addAll(List.of(spectral(dir.resolve("child.nc"), "--overwrite")));
        cmd.addAll(List.of(extra));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child timed out");
        return new Result(p.exitValue(), output);
    }
}
