package dev.eddy.stencil.step;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Conversions between per-sample Java fields {@code [B][C][N*N]} and {@code [B, C, N, N]} arrays. */
public final class BatchArrays {

    private BatchArrays() {
    }

    public static INDArray toArray(double[][][] fields, int n, DataType type) {
        int b = fields.length;
        int c = fields[0].length;
        double[] flat = new double[b * c * n * n];
        for (int s = 0; s < b; s++) {
            for (int ch = 0; ch < c; ch++) {
                if (fields[s][ch].length != n * n) {
                    throw new IllegalArgumentException("field has " + fields[s][ch].length + " values, expected " + n * n);
                }
                System.arraycopy(fields[s][ch], 0, flat, (s * c + ch) * n * n, n * n);
            }
        }
        return Nd4j.create(flat, new long[] {b, c, n, n}).castTo(type);
    }

    public static double[][][] toFields(INDArray a) {
        long[] shape = a.shape();
        int b = (int) shape[0];
        int c = (int) shape[1];
        int cells = (int) (shape[2] * shape[3]);
        double[] flat = a.castTo(DataType.DOUBLE).dup('c').data().asDouble();
        double[][][] out = new double[b][c][cells];
        for (int s = 0; s < b; s++) {
            for (int ch = 0; ch < c; ch++) {
                System.arraycopy(flat, (s * c + ch) * cells, out[s][ch], 0, cells);
            }
        }
        return out;
    }
}
