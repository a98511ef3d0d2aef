package dev.eddy.cli.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.data.NetcdfReader;
import dev.eddy.solver.simulation.Simulation;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eddy simulate} killed with SIGKILL in a child JVM, then {@code --resume}d, finishes with a file bitwise
 * identical to an uninterrupted run (creation time fixed by {@code SOURCE_DATE_EPOCH}, as reproducible builds do).
 */
class KillAndResumeTest {

    private static final String EPOCH = "1767225600";

    @TempDir
    Path dir;

    /** The run, with a relative output so that the command line (kept in provenance) is the same in every folder. */
    private static List<String> run(String solver) {
        return List.of("simulate", "--quiet", "--threads", "1", "--solver", solver, "--grid", "32", "--dt", "0.005",
                "--t-end", "6", "--save-every", "0.05", "--checkpoint-every", "0", "--seed", "7", "--out", "run.nc");
    }

    @Test
    void finiteVolumeKilledAndResumedEqualsUninterrupted() throws Exception {
        killResumeCompare("fv");
    }

    @Test
    void spectralKilledAndResumedEqualsUninterrupted() throws Exception {
        killResumeCompare("spectral");
    }

    private void killResumeCompare(String solver) throws Exception {
        Path referenceDir = Files.createDirectories(dir.resolve(solver + "-reference"));
        Path killedDir = Files.createDirectories(dir.resolve(solver + "-killed"));
        Path reference = referenceDir.resolve("run.nc");
        Path killed = killedDir.resolve("run.nc");
        assertEquals(0, startChild(referenceDir, run(solver)).waitFor(), "uninterrupted run failed");

        Process child = startChild(killedDir, run(solver));
        Path checkpoint = Simulation.checkpointOf(killed);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!(Files.exists(checkpoint) && frames(killed) >= 5) && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(child.isAlive(), "the child finished before it could be killed; make the run longer");
        child.destroyForcibly().waitFor();
        int framesAtKill = frames(killed);
        int total = frames(reference);
        assertTrue(framesAtKill < total, "killed mid-run: " + framesAtKill + " of " + total + " frames");

        List<String> resume = new ArrayList<>(run(solver));
        resume.add("--resume");
        assertEquals(0, startChild(killedDir, resume).waitFor(), "resume failed");
        assertEquals(total, frames(killed));
        assertArrayEquals(Files.readAllBytes(reference), Files.readAllBytes(killed), "resumed file differs from the uninterrupted one");
        assertFalse(Files.exists(checkpoint), "a finished run deletes its checkpoint");
    }

    private static int frames(Path file) {
        if (!Files.exists(file)) {
            return 0;
        }
        try (NetcdfReader r = NetcdfReader.open(file)) {
            return r.info("time").shape()[0];
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static Process startChild(Path workingDir, List<String> args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-Deddy.source.date.epoch=" + EPOCH,
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), "dev.eddy.cli.Main"));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).directory(workingDir.toFile()).redirectErrorStream(true)
                .redirectOutput(workingDir.resolve("log.txt").toFile()).start();
    }
}
