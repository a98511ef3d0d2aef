package dev.eddy.stencil.train;

import dev.eddy.data.NetcdfReader;
import dev.eddy.data.VariableInfo;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

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
     * One frame of every sample, read without the rest of the file.
     *
     * @param states {@code [sample][component][N*N]}, or null if the file has no frame at the asked time
     */
    public record Frame(int n, String source, double[][][] states) {
    }

    /** The checked shape of u and v: frames, samples, cells per axis. */
    private record Layout(int frames, int samples, int n) {
    }

    /**
     * @throws dev.eddy.data.DataFileException if the file is unreadable
     * @throws IllegalArgumentException        if u or v are missing or not square MAC fields of matching shape
     */
    public static KolmogorovDataset read(Path file) {
        try (NetcdfReader reader = NetcdfReader.open(file)) {
            Layout layout = layout(reader, file);
            int n = layout.n();
            int samples = layout.samples();
            double[] uv = reader.read("u").values();
            double[] vv = reader.read("v").values();
            double[][][][] out = new double[samples][layout.frames()][2][n * n];
            for (int t = 0; t < layout.frames(); t++) {
                for (int s = 0; s < samples; s++) {
                    int base = (t * samples + s) * n * n;
                    System.arraycopy(uv, base, out[s][t][0], 0, n * n);
                    System.arraycopy(vv, base, out[s][t][1], 0, n * n);
                }
            }
            Object dt = reader.globalAttributes().get("eddy_coarse_dt");
            return new KolmogorovDataset(out, n, dt instanceof Number num ? num.doubleValue() : Double.NaN,
                    times(reader), source(reader, samples));
        }
    }

    /**
     * The frame at model time {@code time} (matched to 1e-6 relative), reading only that frame's u and v.
     *
     * @throws dev.eddy.data.DataFileException if the file is unreadable
     * @throws IllegalArgumentException        if u or v are missing or not square MAC fields of matching shape
     */
    public static Frame readFrame(Path file, double time) {
        try (NetcdfReader reader = NetcdfReader.open(file)) {
            Layout layout = layout(reader, file);
            int n = layout.n();
            String source = source(reader, layout.samples());
            double[] times = times(reader);
            int frame = -1;
            for (int f = 0; f < times.length && frame < 0; f++) {
                if (Math.abs(times[f] - time) <= 1e-6 * Math.max(1, Math.abs(time))) {
                    frame = f;
                }
            }
            if (frame < 0) {
                return new Frame(n, source, null);
            }
            double[] uv = reader.readIndex("u", "time", frame).values();
            double[] vv = reader.readIndex("v", "time", frame).values();
            double[][][] states = new double[layout.samples()][2][];
            for (int s = 0; s < states.length; s++) {
                states[s][0] = Arrays.copyOfRange(uv, s * n * n, (s + 1) * n * n);
                states[s][1] = Arrays.copyOfRange(vv, s * n * n, (s + 1) * n * n);
            }
            return new Frame(n, source, states);
        }
    }

    private static Layout layout(NetcdfReader reader, Path file) {
        if (!reader.hasVariable("u") || !reader.hasVariable("v")) {
            throw new IllegalArgumentException(file + " has no u and v variables (expected a file from "
                    + "'eddy dataset kolmogorov')");
        }
        VariableInfo u = reader.info("u");
        VariableInfo v = reader.info("v");
        int[] shape = u.shape();
        if (!Arrays.equals(shape, v.shape()) || (shape.length != 3 && shape.length != 4)
                || shape[shape.length - 1] != shape[shape.length - 2] || !u.dims().getFirst().equals("time")) {
            throw new IllegalArgumentException(file + ": u and v must be (time, [sample,] y, x) on a square grid, got "
                    + u.dims() + " " + Arrays.toString(shape) + " and " + v.dims() + " " + Arrays.toString(v.shape()));
        }
        return new Layout(shape[0], shape.length == 4 ? shape[1] : 1, shape[shape.length - 1]);
    }

    private static double[] times(NetcdfReader reader) {
        return reader.hasVariable("time") ? reader.read("time").values() : new double[0];
    }

    private static String source(NetcdfReader reader, int samples) {
        Map<String, Object> global = reader.globalAttributes();
        return "seed " + global.getOrDefault("eddy_seed", "") + ", DNS grid " + global.getOrDefault("eddy_dns_grid", "")
                + ", " + samples + " samples";
    }
}
