package dev.eddy.data;

import ucar.nc2.Variable;
import ucar.nc2.write.Nc4Chunking;

/**
 * NetCDF-4 chunk layout for frame-by-frame output: one time step per chunk for time-dependent fields, so appending a
 * frame writes whole chunks and reading one frame inflates only its own; static variables are one chunk. Leading
 * non-time dimensions are split to single entries while a chunk would exceed {@value #MAX_CHUNK_ELEMENTS}
 * elements. Deflate level 5 with shuffle everywhere.
 */
final class FrameChunking implements Nc4Chunking {
    static final long MAX_CHUNK_ELEMENTS = 1L << 22;
    /** Chunk length of the 1-D time coordinate. */
    static final int TIME_CHUNK = 1024;

    private final int deflateLevel;

    FrameChunking(int deflateLevel) {
        this.deflateLevel = deflateLevel;
    }

    @Override
    public boolean isChunked(Variable v) {
        return v.getRank() > 0;
    }

    @Override
    public long[] computeChunking(Variable v) {
        int[] shape = v.getShape();
        long[] chunk = new long[shape.length];
        for (int a = 0; a < shape.length; a++) {
            chunk[a] = Math.max(1, shape[a]);
        }
        if (v.isUnlimited()) {
            chunk[0] = shape.length == 1 ? TIME_CHUNK : 1;
        }
        for (int a = v.isUnlimited() ? 1 : 0; a < shape.length - 2 && elements(chunk) > MAX_CHUNK_ELEMENTS; a++) {
            chunk[a] = 1;
        }
        return chunk;
    }

    private static long elements(long[] chunk) {
        long n = 1;
        for (long c : chunk) {
            n *= c;
        }
        return n;
    }

    @Override
    public int getDeflateLevel(Variable v) {
        return deflateLevel;
    }

    @Override
    public boolean isShuffle(Variable v) {
        return true;
    }
}
