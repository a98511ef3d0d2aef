package dev.eddy.solver.simulation;

import dev.eddy.data.Checkpoint;
import dev.eddy.data.DatasetSchema;
import dev.eddy.data.FrameWriter;
import dev.eddy.data.NetcdfFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Owns a run: the clock ({@code t_n = n·dt}), the {@link Schedule}, the NetCDF output writer, checkpoints and blow-up
 * detection (style.md lesson 5).
 *
 * <p>Checkpoints: after a saved frame, when at least {@code checkpointSeconds} of wall time have passed since the last
 * one, the model state, the step and the number of frames on disk are written atomically next to the output
 * ({@code FILE.nc.ckpt}). {@link #run(boolean, Listener) run(resume = true)} restores the state, truncates the output
 * to the checkpoint's frames and continues; because the step is deterministic the finished file is bitwise identical
 * to an uninterrupted run's. A finished run deletes its checkpoint.
 *
 * <p>Blow-up: every {@value #CHECK_EVERY} steps and before every saved frame the model's Courant number is checked; a
 * non-finite state or a Courant number above {@code maxCourant} stops the run with a {@link BlowUpException} before
 * the bad state is saved.
 */
public final class Simulation {

    /** Receives progress after every step. */
    public interface Listener {
        void progress(long step, long totalSteps, double time);
    }

    /** What a run did. */
    public record Result(long steps, int frames, boolean resumed, double wallSeconds) {
    }

    /** Steps between blow-up checks (a check costs about one velocity evaluation). */
    public static final int CHECK_EVERY = 10;

    private static final String META_STEP = "step";
    private static final String META_FRAMES = "frames";
    private static final String META_RUN = "run";

    private final SteppedModel model;
    private final Schedule schedule;
    private final Path output;
    private final DatasetSchema schema;
    private final Output options;
    private final double maxCourant;
    private final String runSignature;

    /**
     * Where and how a run writes.
     *
     * @param file              the NetCDF output
     * @param format            NetCDF-3 or NetCDF-4
     * @param overwrite         replace an existing output (a fresh run only)
     * @param checkpointSeconds least wall time between checkpoints; 0 checkpoints after every saved frame
     */
    public record Output(Path file, NetcdfFormat format, boolean overwrite, double checkpointSeconds) {
    }

    /**
     * @param maxCourant   Courant number above which the run is declared blown up
     * @param runSignature text that identifies the run's configuration (grid, dt, schedule, solver, seed); a resume
     *                     from a checkpoint with another signature is refused
     */
    public Simulation(SteppedModel model, Schedule schedule, DatasetSchema schema, Output options, double maxCourant,
            String runSignature) {
        this.model = model;
        this.schedule = schedule;
        this.output = options.file();
        this.schema = schema;
        this.options = options;
        this.maxCourant = maxCourant;
        this.runSignature = runSignature;
    }

    /** The checkpoint file of an output file. */
    public static Path checkpointOf(Path output) {
        return output.resolveSibling(output.getFileName() + ".ckpt");
    }

    /**
     * Runs to the end of the schedule.
     *
     * @param resume continue from the checkpoint next to the output; without a checkpoint the run starts over
     */
    public Result run(boolean resume, Listener listener) {
        long startNanos = System.nanoTime();
        Path checkpointFile = checkpointOf(output);
        long n = 0;
        boolean resumed = false;
        FrameWriter writer;
        if (resume && Files.exists(checkpointFile) && Files.exists(output)) {
            Checkpoint checkpoint = Checkpoint.read(checkpointFile);
            if (!runSignature.equals(checkpoint.meta(META_RUN))) {
                throw new IllegalArgumentException("checkpoint " + checkpointFile + " belongs to a different run ("
                        + checkpoint.meta(META_RUN) + "); rerun without --resume or with the original options");
            }
            Map<String, double[]> state = new HashMap<>();
            for (String name : model.state().keySet()) {
                state.put(name, checkpoint.array(name));
            }
            model.restore(state);
            n = Long.parseLong(checkpoint.meta(META_STEP));
            writer = FrameWriter.resume(output, Integer.parseInt(checkpoint.meta(META_FRAMES)));
            resumed = true;
        } else {
            deleteIfExists(checkpointFile);
            writer = FrameWriter.create(output, schema, options.format(), options.overwrite() || resume);
        }
        long lastCheckpoint = System.nanoTime();
        try (writer) {
            boolean frameAlreadySaved = resumed;
            while (true) {
                if (!frameAlreadySaved && schedule.saves(n)) {
                    writer.writeFrame(time(n), model.outputs());
                    if ((System.nanoTime() - lastCheckpoint) / 1e9 >= options.checkpointSeconds() && n < schedule.totalSteps()) {
                        writeCheckpoint(checkpointFile, n, writer.frameCount());
                        lastCheckpoint = System.nanoTime();
                    }
                }
                frameAlreadySaved = false;
                if (n >= schedule.totalSteps()) {
                    break;
                }
                model.step();
                n++;
                if (n % CHECK_EVERY == 0 || schedule.saves(n) || n == schedule.totalSteps()) {
                    double courant = model.courantNumber();
                    if (!(courant <= maxCourant)) {
                        throw new BlowUpException(n, time(n), courant);
                    }
                }
                if (listener != null) {
                    listener.progress(n, schedule.totalSteps(), time(n));
                }
            }
            int frames = writer.frameCount();
            writer.close();
            deleteIfExists(checkpointFile);
            return new Result(n, frames, resumed, (System.nanoTime() - startNanos) / 1e9);
        }
    }

    private double time(long n) {
        return n * model.dt();
    }

    private void writeCheckpoint(Path file, long step, int frames) {
        Map<String, double[]> arrays = new HashMap<>();
        model.state().forEach((k, v) -> arrays.put(k, v.clone()));
        Checkpoint.write(file, arrays, Map.of(META_STEP, Long.toString(step), META_FRAMES, Integer.toString(frames),
                META_RUN, runSignature));
    }

    private static void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
