package dev.eddy.data;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * A small binary file of named {@code double[]} arrays and string metadata, written atomically, from which a run
 * resumes.
 *
 * <p>Format version 1, all numbers big-endian:
 * <pre>
 *   "EDDYCKPT"                      8 bytes magic
 *   int32 version (= 1)
 *   int32 m, then m × (string key, string value)        metadata
 *   int32 n, then n × (string name, int32 length, length × float64)   arrays
 *   int64 CRC-32C of every byte above
 *   string = int32 byte count + UTF-8 bytes
 * </pre>
 * A torn, truncated or altered file fails the checksum or the structure checks and gives a one-line
 * {@link DataFileException}; a complete file is never half replaced because it goes through {@link AtomicFiles}.
 */
public final class Checkpoint {
    /** Current format version. */
    public static final int FORMAT_VERSION = 1;
    private static final byte[] MAGIC = "EDDYCKPT".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Map<String, double[]> arrays;
    private final Map<String, String> meta;

    private Checkpoint(Path file, Map<String, double[]> arrays, Map<String, String> meta) {
        this.file = file;
        this.arrays = arrays;
        this.meta = meta;
    }

    /**
     * Writes the checkpoint atomically (temporary sibling, fsync, atomic rename).
     *
     * @throws DataFileException if it cannot be written
     */
    public static void write(Path file, Map<String, double[]> arrays, Map<String, String> meta) {
        AtomicFiles.writeAtomically(file, temp -> {
            try (OutputStream raw = Files.newOutputStream(temp)) {
                CRC32C crc = new CRC32C();
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(raw,
                        crc), 1 << 16));
                out.write(MAGIC);
                out.writeInt(FORMAT_VERSION);
                out.writeInt(meta.size());
                for (Map.Entry<String, String> e : meta.entrySet()) {
                    writeString(out, e.getKey());
                    writeString(out, e.getValue());
                }
                out.writeInt(arrays.size());
                for (Map.Entry<String, double[]> e : arrays.entrySet()) {
                    writeString(out, e.getKey());
                    double[] a = e.getValue();
                    out.writeInt(a.length);
                    ByteBuffer b = ByteBuffer.allocate(a.length * Double.BYTES).order(ByteOrder.BIG_ENDIAN);
                    b.asDoubleBuffer().put(a);
                    out.write(b.array());
                }
                out.flush();
                long checksum = crc.getValue();
                new DataOutputStream(raw).writeLong(checksum);
            }
        });
    }

    /**
     * @throws DataFileException if the file is missing, torn, corrupt or of an unknown format version
     */
    public static Checkpoint read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw DataFileException.of(file, "no such checkpoint");
        } catch (IOException e) {
            throw DataFileException.of(file, "checkpoint cannot be read", e);
        }
        if (bytes.length < MAGIC.length + 4 + 8
                || !java.util.Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw DataFileException.of(file, "is not an eddy checkpoint");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        int version = b.getInt(MAGIC.length);
        if (version != FORMAT_VERSION) {
            throw DataFileException.of(file, "checkpoint format version " + version + " is not supported (this eddy"
                    + " reads version " + FORMAT_VERSION + ")");
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 8);
        if (crc.getValue() != b.getLong(bytes.length - 8)) {
            throw DataFileException.of(file, "checkpoint is corrupt or incomplete (checksum mismatch)");
        }
        try {
            b.position(MAGIC.length + 4);
            b.limit(bytes.length - 8);
            Map<String, String> meta = new LinkedHashMap<>();
            int m = count(b, file);
            for (int i = 0; i < m; i++) {
                meta.put(readString(b, file), readString(b, file));
            }
            Map<String, double[]> arrays = new LinkedHashMap<>();
            int n = count(b, file);
            for (int i = 0; i < n; i++) {
                String name = readString(b, file);
                int len = count(b, file);
                double[] a = new double[len];
                b.asDoubleBuffer().get(a);
                b.position(b.position() + len * Double.BYTES);
                arrays.put(name, a);
            }
            if (b.hasRemaining()) {
                throw DataFileException.of(file, "checkpoint has " + b.remaining() + " unexpected trailing bytes");
            }
            return new Checkpoint(file, Collections.unmodifiableMap(arrays), Collections.unmodifiableMap(meta));
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            throw DataFileException.of(file, "checkpoint structure is corrupt");
        }
    }

    /**
     * A copy of the named array.
     *
     * @throws DataFileException if the checkpoint has no such array
     */
    public double[] array(String name) {
        double[] a = arrays.get(name);
        if (a == null) {
            throw DataFileException.of(file, "checkpoint has no array '" + name + "' (it has " + arrays.keySet()
                    + ")");
        }
        return a.clone();
    }

    /**
     * The metadata value for a key.
     *
     * @throws DataFileException if the checkpoint has no such key
     */
    public String meta(String key) {
        String v = meta.get(key);
        if (v == null) {
            throw DataFileException.of(file, "checkpoint has no metadata '" + key + "'");
        }
        return v;
    }

    /** All metadata (unmodifiable, in written order). */
    public Map<String, String> metadata() {
        return meta;
    }

    /** Names of the arrays in written order. */
    public Set<String> arrayNames() {
        return arrays.keySet();
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static int count(ByteBuffer b, Path file) {
        int n = b.getInt();
        if (n < 0 || n > b.remaining()) {
            throw DataFileException.of(file, "checkpoint structure is corrupt (count " + n + ")");
        }
        return n;
    }

    private static String readString(ByteBuffer b, Path file) {
        int len = count(b, file);
        String s = new String(bytes(b, len), StandardCharsets.UTF_8);
        return s;
    }

    private static byte[] bytes(ByteBuffer b, int len) {
        byte[] out = new byte[len];
        b.get(out);
        return out;
    }
}
