package dev.eddy.data;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The reference tools that eddy's NetCDF files must open in cleanly: {@code ncdump} (netcdf-bin) and Debian's
 * {@code /usr/bin/python3} with xarray. A missing tool skips the calling test, except under CI (env {@code CI} set),
 * where it fails: {@code .ci/run} installs them. Shared with other modules' tests through the data test-jar.
 */
public final class ExternalTools {
    public static final String NCDUMP = "/usr/bin/ncdump";
    public static final String PYTHON = "/usr/bin/python3";

    private ExternalTools() {
    }

    /** Exit code and both output streams of a finished process. */
    public record Result(int code, String out, String err) {
    }

    public static void requireNcdump() {
        requireTool(NCDUMP, "netcdf-bin");
    }

    /** Whether Debian's python has xarray and netCDF4; asked once per JVM, importing xarray takes seconds. */
    private static Boolean xarrayPresent;

    public static synchronized void requireXarray() throws IOException, InterruptedException {
        requireTool(PYTHON, "python3");
        if (xarrayPresent == null) {
            xarrayPresent = run(List.of(PYTHON, "-c", "import xarray, netCDF4")).code() == 0;
        }
        if (!xarrayPresent) {
            missing("xarray/netCDF4 for " + PYTHON, "python3-xarray python3-netcdf4");
        }
    }

    public static void requireNc4(NetcdfFormat format) {
        if (format == NetcdfFormat.NC4 && !NetcdfFormat.nc4Available()) {
            missing("the native NetCDF library", "libnetcdf19");
        }
    }

    /** Runs {@code python3 -W error -c script file}: every Python warning becomes an error. */
    public static Result xarrayScript(String script, Path file) throws IOException, InterruptedException {
        return run(List.of(PYTHON, "-W", "error", "-c", script, file.toString()));
    }

    private static void requireTool(String path, String debianPackage) {
        if (!Files.isExecutable(Path.of(path))) {
            missing(path, debianPackage);
        }
    }

    /** Fails under CI, skips elsewhere. */
    private static void missing(String what, String debianPackage) {
        String message = what + " is missing (apt-get install " + debianPackage + ")";
        if (System.getenv("CI") != null) {
            fail(message + "; CI must have it");
        }
        assumeTrue(false, message);
    }

    /** Runs a command, collecting stdout and stderr; fails after two minutes. */
    public static Result run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).start();
        CompletableFuture<String> errText = new CompletableFuture<>();
        Thread t = Thread.ofVirtual().start(() -> {
            try {
                errText.complete(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                errText.completeExceptionally(e);
            }
        });
        String outText = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timeout: " + cmd);
        t.join();
        return new Result(p.exitValue(), outText, errText.join());
    }
}
