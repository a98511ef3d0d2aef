package dev.eddy.stencil.train;

import dev.eddy.data.LabelledArray;
import dev.eddy.data.NetcdfReader;
import java.nio.file.Path;

/**
 * Reads the coarse trajectories written by {@code eddy dataset kolmogorov}: {@code u(time, [sample,] y_center, x)} on
 * x-faces and {@code v(time, [sample,] y, x_center)} on y-faces (float32 on disk), into
 * {@code [sample][time][component][N*N]} for {@link TrajectoryWindows}.
 *
 * @param trajectories the velocity frames
 * @param n            grid cells per axis
 * @param timeStep     the file's coarse step {@code eddy_coarse_dt} (NaN if absent)
 * @param times        the model time of every frame (the {@code time} coordinate)
 * @param source       what identifies the DNS behind the file: {@code eddy_seed}, {@code eddy_dns_grid} and the
 *                     number of samples, as text (empty values when absent), so files of the same trajectories at
 *                     different grids can be matched
 */
public record KolmogorovDataset(double[][][][] trajectories, int n, double timeStep, double[] times, String source) {

    /**
     * @throws dev.eddy.data.DataFileException if the file is unreadable
     * @throws IllegalArgumentException        if u or v are missing or not square MAC fields of matching shape
     */
    public static KolmogorovDataset read(Path file) {
        try (NetcdfReader reader = NetcdfReader.open(file)) {
            if (!reader.hasVariable("u") || !reader.hasVariable("v")) {
                throw new IllegalArgumentException(file + " has no u and v variables (expected a file from "
                        + "'eddy dataset kolmogorov')");
            }
            LabelledArray u = reader.read("u");
            LabelledArray v = reader.read("v");
            int[] shape = u.shape();
            if (!java.util.Arrays.equals(shape, v.shape()) || (shape.length != 3 && shape.length != 4)
                    || shape[shape.length - 1] != shape[shape.length - 2] || !u.dims().getFirst().equals("time")) {
                throw new IllegalArgumentException(file + ": u and v must be (time, [sample,] y, x) on a square grid, got "
                        + u.dims() + " " + java.util.Arrays.toString(shape) + " and " + v.dims() + " "
                        + java.util.Arrays.toString(v.shape()));
            }
            int times = shape[0];
            int samples = shape.length == 4 ? shape[1] : 1;
            int n = shape[shape.length - 1];
            double[] uv = u.values();
            double[] vv = v.values();
            double[][][][] out = new double[samples][times][2][n * n];
            for (int t = 0; t < times; t++) {
                for (int s = 0; s < samples; s++) {
                    int base = (t * samples + s) * n * n;
                    System.arraycopy(uv, base, out[s][t][0], 0, n * n);
                    System.arraycopy(vv, base, out[s][t][1], 0, n * n);
                }
            }
            java.util.Map<String, Object> global = reader.globalAttributes();
            Object dt = global.get("eddy_coarse_dt");
            double[] frameTimes = reader.hasVariable("time") ? reader.read("time").values() : new double[0];
            String source = "seed " + global.getOrDefault("eddy_seed", "") + ", DNS grid "
                    + global.getOrDefault("eddy_dns_grid", "") + ", " + samples + " samples";
            return new KolmogorovDataset(out, n, dt instanceof Number num ? num.doubleValue() : Double.NaN, frameTimes,
                    source);
        }
    }
}
