package dev.eddy.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Appends frames along the unlimited {@code time} dimension of a NetCDF file, one {@link #writeFrame} per saved time.
 *
 * <p>Call protocol: {@link #create} (or {@link #resume}), then any number of {@link #writeFrame}, then
 * {@link #close}. Not thread safe.
 *
 * <p>Crash safety (NetCDF-3): the file appears complete (header, coordinates, static variables) or not at all,
 * because it is built under a temporary name and renamed atomically. Each frame's data is written and synced
 * before the header's record count {@code numrecs} is raised, so a process killed at any moment (even SIGKILL)
 * leaves a file whose every counted frame is complete. NetCDF-4 files are synced after each frame through the
 * HDF5 library, which gives no such ordering guarantee; use NetCDF-3 where runs may be killed.
 */
public interface FrameWriter extends AutoCloseable {

    /**
     * Creates a new file; refuses to replace an existing one.
     *
     * @throws DataFileException if the file exists, NetCDF-4 is asked without the native library, or writing fails
     */
    static FrameWriter create(Path file, DatasetSchema schema, NetcdfFormat format) {
        return create(file, schema, format, false);
    }

    /**
     * Creates a new file.
     *
     * @param overwrite replace an existing file (only once the new one is complete)
     * @throws DataFileException if the file exists and {@code overwrite} is false, NetCDF-4 is asked without the
     *                           native library, or writing fails
     */
    static FrameWriter create(Path file, DatasetSchema schema, NetcdfFormat format, boolean overwrite) {
        if (!overwrite && Files.exists(file)) {
            throw DataFileException.of(file, "already exists; refusing to overwrite it");
        }
        NetcdfCreator.create(file, schema, format);
        return open(file);
    }

    /**
     * Reopens a file written by {@link #create}, drops frames {@code >= keepFrames} and appends after them.
     * For NetCDF-3 the header bytes are left as they are except the record count, so finishing an interrupted run
     * deterministically gives a file bitwise identical to an uninterrupted one.
     *
     * @throws DataFileException if the file is unreadable or holds fewer than {@code keepFrames} complete frames
     */
    static FrameWriter resume(Path file, int keepFrames) {
        if (keepFrames < 0) {
            throw new IllegalArgumentException("keepFrames must be >= 0, got " + keepFrames);
        }
        FrameWriter w = open(file);
        try {
            w.truncate(keepFrames);
            return w;
        } catch (RuntimeException e) {
            w.close();
            throw e;
        }
    }

    /** Opens an existing file for appending after its last frame. */
    static FrameWriter open(Path file) {
        return switch (NetcdfFiles.formatOf(file)) {
            case NC3 -> Nc3FrameWriter.open(file);
            case NC4 -> Nc4FrameWriter.open(file);
        };
    }

    /**
     * Appends one frame and flushes it to the operating system.
     *
     * @param time   value of the time coordinate
     * @param values one flattened row-major array per time-dependent variable (all of them, nothing else), each
     *               with the product of the variable's non-time dimensions as length
     * @throws IllegalArgumentException if a variable is missing, unknown or of the wrong length
     * @throws DataFileException        if writing fails
     */
    void writeFrame(double time, Map<String, double[]> values);

    /** Number of frames in the file. */
    int frameCount();

    /** Drops frames {@code >= frames}; the next {@link #writeFrame} writes frame number {@code frames}. */
    void truncate(int frames);

    /** Flushes and closes; further writes fail. Idempotent. */
    @Override
    void close();
}
