package dev.eddy.climate.qg;

import dev.eddy.climate.sphere.SpectralIndex;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test helper: reads one of QG3.jl's T21 {@code .jld2} files (HDF5 with a 512-byte user block holding a single
 * contiguous little-endian float32 array of C-order dims [43][22][3]) and decodes it into our spectral convention.
 *
 * <p>The dataset is found through its HDF5 data-layout message (version 4, class 1 = contiguous): bytes
 * {@code 04 01}, an 8-byte address relative to the superblock base (the end of the user block), and the 8-byte size
 * 43·22·3·4 = 11352. The spectral convention is the one documented in {@code shared/qg3-t21/README.md}: column
 * im = 0 → m = 0, 2k−1 → −k (minus the sine amplitude), 2k → +k; l = il + |m|; GSL normalisation
 * ∫P̄² dμ = 1/(2π) with the Condon–Shortley phase; f = (1/64)[c_0 + 2Σ(c_m cos mλ − s_m sin mλ)].
 */
final class Qg3RawArray {
    private static final int M_COLUMNS = 43;
    private static final int L_ROWS = 22;
    private static final int LEVELS = 3;
    private static final int USER_BLOCK = 512;

    private Qg3RawArray() {
    }

    /** The raw float array in file order. */
    static float[] read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        long size = (long) M_COLUMNS * L_ROWS * LEVELS * 4;
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = USER_BLOCK; i + 18 <= bytes.length; i++) {
            if (bytes[i] == 4 && bytes[i + 1] == 1 && buffer.getLong(i + 10) == size) {
                long address = USER_BLOCK + buffer.getLong(i + 2);
                if (address + size <= bytes.length) {
                    float[] out = new float[(int) (size / 4)];
                    for (int k = 0; k < out.length; k++) {
                        out[k] = buffer.getFloat((int) address + 4 * k);
                    }
                    return out;
                }
            }
        }
        throw new IOException(file + ": no contiguous float32 [43][22][3] dataset found");
    }

    /** Decodes the raw array into our T21 spectral convention (flattened by level), multiplied by {@code unit}. */
    static double[] toSpectral(float[] raw, double unit) {
        SpectralIndex index = SpectralIndex.triangular(21);
        int len = index.arrayLength();
        double[] out = new double[LEVELS * len];
        for (int level = 0; level < LEVELS; level++) {
            for (int m = 0; m <= 21; m++) {
                double factor = unit / 64 / Math.sqrt(2 * Math.PI) * ((m & 1) == 0 ? 1 : -1);
                for (int l = m; l <= 21; l++) {
                    int k = index.index(l, m);
                    int il = l - m;
                    double cos = raw[((m == 0 ? 0 : 2 * m) * L_ROWS + il) * LEVELS + level];
                    double sin = m == 0 ? 0 : raw[((2 * m - 1) * L_ROWS + il) * LEVELS + level];
                    out[level * len + 2 * k] = factor * cos;
                    out[level * len + 2 * k + 1] = factor * sin;
                }
            }
        }
        return out;
    }
}
