package dev.eddy.data;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a NetCDF-3 header (CDF-1 classic or CDF-2 64-bit offset) needed to append and drop records.
 *
 * <p>Layout, from the NetCDF Classic Format Specification (Unidata, "The NetCDF Classic Format Specification",
 * netCDF user guide): {@code magic 'C' 'D' 'F' version}, {@code numrecs} (big-endian int32 at byte 4), then the
 * dimension, global attribute and variable lists. Each variable entry ends with {@code nc_type, vsize, begin}
 * ({@code begin} is int32 in CDF-1 and int64 in CDF-2). Record {@code r} of a record variable starts at
 * {@code begin + r * recsize}, where {@code recsize} is the sum of the record variables' {@code vsize}.
 */
final class Nc3Header {
    /** Byte offset of {@code numrecs}. */
    static final int NUMRECS_OFFSET = 4;
    static final int NC_BYTE = 1;
    static final int NC_CHAR = 2;
    static final int NC_SHORT = 3;
    static final int NC_INT = 4;
    static final int NC_FLOAT = 5;
    static final int NC_DOUBLE = 6;

    private static final int NC_DIMENSION = 0x0A;
    private static final int NC_VARIABLE = 0x0B;
    private static final int NC_ATTRIBUTE = 0x0C;
    private static final int STREAMING = -1;

    /**
     * A record variable.
     *
     * @param name        variable name
     * @param type        nc_type code ({@link #NC_FLOAT}, {@link #NC_DOUBLE}, …)
     * @param begin       file offset of record 0
     * @param vsize       bytes of one record of this variable, padded to 4
     * @param frameValues number of values per record
     */
    record RecordVariable(String name, int type, long begin, long vsize, int frameValues) {
    }

    final int version;
    final int numrecs;
    final long recordSize;
    final List<RecordVariable> recordVariables;
    /** End of the data the header promises (all non-record variables and numrecs records). */
    final long requiredLength;
    /** Offset of the first byte after the header. */
    final long headerLength;

    private Nc3Header(int version, int numrecs, long recordSize, List<RecordVariable> recordVariables,
                      long requiredLength, long headerLength) {
        this.version = version;
        this.numrecs = numrecs;
        this.recordSize = recordSize;
        this.recordVariables = recordVariables;
        this.requiredLength = requiredLength;
        this.headerLength = headerLength;
    }

    /** True if the bytes start with the CDF-1 or CDF-2 magic number. */
    static boolean isNetcdf3(byte[] magic) {
        return magic.length >= 4 && magic[0] == 'C' && magic[1] == 'D' && magic[2] == 'F'
                && (magic[3] == 1 || magic[3] == 2);
    }

    /** Offset of record {@code r} of {@code v}. */
    long recordOffset(RecordVariable v, int r) {
        return v.begin() + r * recordSize;
    }

    /**
     * Parses the header of an open file.
     *
     * @throws DataFileException if the file is not NetCDF-3 or its header is torn
     */
    static Nc3Header read(FileChannel channel, Path file) throws IOException {
        long size = channel.size();
        int chunk = (int) Math.min(size, 1 << 16);
        while (true) {
            ByteBuffer buf = ByteBuffer.allocate(chunk).order(ByteOrder.BIG_ENDIAN);
            while (buf.hasRemaining() && channel.read(buf, buf.position()) > 0) {
                continue;
            }
            buf.flip();
            try {
                return parse(buf, size, file);
            } catch (BufferUnderflowException e) {
                if (chunk >= size) {
                    throw DataFileException.of(file, "NetCDF-3 header is truncated");
                }
                chunk = (int) Math.min(size, Math.min((long) chunk * 4, Integer.MAX_VALUE - 8));
            }
        }
    }

    private static Nc3Header parse(ByteBuffer b, long fileSize, Path file) {
        byte[] magic = new byte[4];
        b.get(magic);
        if (!isNetcdf3(magic)) {
            throw DataFileException.of(file, "not a NetCDF-3 file");
        }
        int version = magic[3];
        int numrecs = b.getInt();
        List<Long> dimLengths = new ArrayList<>();
        int recordDim = -1;
        int tag = b.getInt();
        int ndims = count(b, file);
        if (tag == NC_DIMENSION) {
            for (int i = 0; i < ndims; i++) {
                name(b, file);
                long len = Integer.toUnsignedLong(b.getInt());
                if (len == 0) {
                    recordDim = i;
                }
                dimLengths.add(len);
            }
        } else if (tag != 0 || ndims != 0) {
            throw DataFileException.of(file, "corrupt NetCDF-3 header (dimension list)");
        }
        skipAttributes(b, file);
        tag = b.getInt();
        int nvars = count(b, file);
        if (tag != NC_VARIABLE && (tag != 0 || nvars != 0)) {
            throw DataFileException.of(file, "corrupt NetCDF-3 header (variable list)");
        }
        List<RecordVariable> records = new ArrayList<>();
        List<long[]> fixed = new ArrayList<>();
        long recordSize = 0;
        for (int i = 0; i < nvars; i++) {
            String name = name(b, file);
            int rank = count(b, file);
            int[] dimIds = new int[rank];
            for (int d = 0; d < rank; d++) {
                dimIds[d] = b.getInt();
                if (dimIds[d] < 0 || dimIds[d] >= dimLengths.size()) {
                    throw DataFileException.of(file, "corrupt NetCDF-3 header (variable " + name + ")");
                }
            }
            skipAttributes(b, file);
            int type = b.getInt();
            long vsize = Integer.toUnsignedLong(b.getInt());
            long begin = version == 1 ? Integer.toUnsignedLong(b.getInt()) : b.getLong();
            long values = 1;
            for (int d = 0; d < rank; d++) {
                if (dimIds[d] != recordDim) {
                    values *= dimLengths.get(dimIds[d]);
                }
            }
            if (begin < 0 || begin > fileSize + (1L << 40) || typeSize(type, file) == 0) {
                throw DataFileException.of(file, "corrupt NetCDF-3 header (variable " + name + ")");
            }
            if (rank > 0 && dimIds[0] == recordDim) {
                records.add(new RecordVariable(name, type, begin, vsize, (int) values));
                recordSize += vsize;
            } else {
                fixed.add(new long[] {begin, values * typeSize(type, file)});
            }
        }
        if (records.size() == 1) {
            RecordVariable only = records.getFirst();
            recordSize = (long) only.frameValues() * typeSize(only.type(), file);
        }
        long required = b.position();
        for (long[] f : fixed) {
            required = Math.max(required, f[0] + f[1]);
        }
        if (!records.isEmpty() && numrecs != STREAMING) {
            long recordStart = records.stream().mapToLong(RecordVariable::begin).min().orElseThrow();
            long lastEnd = 0;
            for (RecordVariable v : records) {
                lastEnd = Math.max(lastEnd, v.begin() - recordStart + (long) v.frameValues() * typeSize(v.type(), file));
            }
            if (numrecs > 0) {
                required = Math.max(required, recordStart + (long) (numrecs - 1) * recordSize + lastEnd);
            }
        }
        return new Nc3Header(version, numrecs, recordSize, List.copyOf(records), required, b.position());
    }

    static int typeSize(int type, Path file) {
        return switch (type) {
            case NC_BYTE, NC_CHAR -> 1;
            case NC_SHORT -> 2;
            case NC_INT, NC_FLOAT -> 4;
            case NC_DOUBLE -> 8;
            default -> throw DataFileException.of(file, "corrupt NetCDF-3 header (unknown type " + type + ")");
        };
    }

    private static int count(ByteBuffer b, Path file) {
        int n = b.getInt();
        if (n < 0 || n > b.capacity()) {
            if (n < 0 || n > (1 << 28)) {
                throw DataFileException.of(file, "corrupt NetCDF-3 header (count " + n + ")");
            }
            throw new BufferUnderflowException();
        }
        return n;
    }

    private static String name(ByteBuffer b, Path file) {
        int len = count(b, file);
        byte[] bytes = new byte[len];
        b.get(bytes);
        skipPadding(b, len);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void skipAttributes(ByteBuffer b, Path file) {
        int tag = b.getInt();
        int n = count(b, file);
        if (tag != NC_ATTRIBUTE && (tag != 0 || n != 0)) {
            throw DataFileException.of(file, "corrupt NetCDF-3 header (attribute list)");
        }
        for (int i = 0; i < n; i++) {
            name(b, file);
            int type = b.getInt();
            int len = count(b, file);
            long bytes = (long) len * typeSize(type, file);
            if (bytes > b.remaining()) {
                throw new BufferUnderflowException();
            }
            b.position(b.position() + (int) bytes);
            skipPadding(b, bytes);
        }
    }

    private static void skipPadding(ByteBuffer b, long len) {
        int pad = (int) ((4 - len % 4) % 4);
        if (pad > b.remaining()) {
            throw new BufferUnderflowException();
        }
        b.position(b.position() + pad);
    }
}
