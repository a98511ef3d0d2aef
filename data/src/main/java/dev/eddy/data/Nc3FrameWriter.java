package dev.eddy.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Appends records to a NetCDF-3 file directly in the record section, leaving the header untouched except
 * {@code numrecs}.
 *
 * <p>Order of one {@link #writeFrame}: write record {@code n} of every record variable at
 * {@code begin + n * recsize} (big-endian, padded to {@code vsize}), {@code fsync}, then write {@code numrecs = n + 1}.
 * A reader therefore never counts a frame whose bytes are not all on disk.
 */
final class Nc3FrameWriter implements FrameWriter {
    private final Path file;
    private final FileChannel channel;
    private final Nc3Header header;
    private final List<Nc3Header.RecordVariable> variables;
    private int frames;
    private boolean closed;

    private Nc3FrameWriter(Path file, FileChannel channel, Nc3Header header) {
        this.file = file;
        this.channel = channel;
        this.header = header;
        this.variables = header.recordVariables;
        this.frames = header.numrecs;
    }

    static Nc3FrameWriter open(Path file) {
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            lockExclusively(file, ch);
            Nc3Header h = Nc3Header.read(ch, file);
            check(file, ch, h);
            return new Nc3FrameWriter(file, ch, h);
        } catch (IOException e) {
            closeQuietly(ch);
            throw DataFileException.of(file, "cannot be opened for appending", e);
        } catch (RuntimeException e) {
            closeQuietly(ch);
            throw e;
        }
    }

    /**
     * Takes an advisory lock for the writer's lifetime, so that two processes (e.g. a run and its {@code --resume})
     * cannot append to one file. The operating system drops the lock when the process dies, even by SIGKILL.
     */
    private static void lockExclusively(Path file, FileChannel ch) throws IOException {
        try {
            if (ch.tryLock() == null) {
                throw DataFileException.of(file, "is being written by another process");
            }
        } catch (java.nio.channels.OverlappingFileLockException e) {
            throw DataFileException.of(file, "is already open for writing in this process");
        }
    }

    private static void check(Path file, FileChannel ch, Nc3Header h) throws IOException {
        if (h.numrecs < 0) {
            throw DataFileException.of(file, "has a streaming record count; cannot append");
        }
        boolean hasTime = h.recordVariables.stream().anyMatch(v -> v.name().equals(DatasetSchema.TIME));
        if (!hasTime && !h.recordVariables.isEmpty()) {
            throw DataFileException.of(file, "has record variables but no 'time' record variable; cannot append");
        }
        for (Nc3Header.RecordVariable v : h.recordVariables) {
            if (v.type() != Nc3Header.NC_FLOAT && v.type() != Nc3Header.NC_DOUBLE) {
                throw DataFileException.of(file, "record variable " + v.name() + " is neither float nor double");
            }
        }
        if (ch.size() < h.requiredLength) {
            throw DataFileException.of(file, "is truncated: " + ch.size() + " bytes, its header needs "
                    + h.requiredLength);
        }
    }

    @Override
    public void writeFrame(double time, Map<String, double[]> values) {
        ensureOpen();
        if (variables.isEmpty()) {
            throw new IllegalStateException(file + " has no time dimension; it holds static variables only");
        }
        checkKeys(values);
        try {
            for (Nc3Header.RecordVariable v : variables) {
                double[] data = v.name().equals(DatasetSchema.TIME) ? new double[] {time} : values.get(v.name());
                if (data.length != v.frameValues()) {
                    throw new IllegalArgumentException(v.name() + ": a frame has " + v.frameValues()
                            + " values, got " + data.length);
                }
            }
            for (Nc3Header.RecordVariable v : variables) {
                double[] data = v.name().equals(DatasetSchema.TIME) ? new double[] {time} : values.get(v.name());
                writeFully(encode(v, data), header.recordOffset(v, frames));
            }
            channel.force(false);
            writeNumrecs(frames + 1);
            frames++;
        } catch (IOException e) {
            throw DataFileException.of(file, "frame " + frames + " could not be written", e);
        }
    }

    private void checkKeys(Map<String, double[]> values) {
        Set<String> expected = new TreeSet<>();
        variables.forEach(v -> expected.add(v.name()));
        expected.remove(DatasetSchema.TIME);
        if (!expected.equals(new TreeSet<>(values.keySet()))) {
            throw new IllegalArgumentException("a frame needs exactly the variables " + expected + ", got "
                    + new TreeSet<>(values.keySet()));
        }
    }

    private static ByteBuffer encode(Nc3Header.RecordVariable v, double[] data) {
        ByteBuffer b = ByteBuffer.allocate(Math.toIntExact(v.vsize())).order(ByteOrder.BIG_ENDIAN);
        if (v.type() == Nc3Header.NC_DOUBLE) {
            b.asDoubleBuffer().put(data);
        } else {
            java.nio.FloatBuffer f = b.asFloatBuffer();
            for (double d : data) {
                f.put((float) d);
            }
        }
        return b;
    }

    @Override
    public int frameCount() {
        return frames;
    }

    @Override
    public void truncate(int keep) {
        ensureOpen();
        if (keep > frames) {
            throw DataFileException.of(file, "holds " + frames + " frames; cannot keep " + keep);
        }
        try {
            writeNumrecs(keep);
            channel.force(false);
            if (!variables.isEmpty()) {
                long start = variables.stream().mapToLong(Nc3Header.RecordVariable::begin).min().orElseThrow();
                channel.truncate(start + keep * header.recordSize);
            }
            channel.force(true);
            frames = keep;
        } catch (IOException e) {
            throw DataFileException.of(file, "could not drop frames after " + keep, e);
        }
    }

    private void writeNumrecs(int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(4).order(ByteOrder.BIG_ENDIAN).putInt(0, n);
        writeFully(b, Nc3Header.NUMRECS_OFFSET);
    }

    private void writeFully(ByteBuffer b, long position) throws IOException {
        long pos = position;
        while (b.hasRemaining()) {
            pos += channel.write(b, pos);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException(file + ": writer is closed");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            channel.force(true);
            channel.close();
        } catch (IOException e) {
            throw DataFileException.of(file, "could not be closed", e);
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch == null) {
            return;
        }
        try {
            ch.close();
        } catch (IOException e) {
            // Already failing; the first error is the one reported.
            return;
        }
    }
}
