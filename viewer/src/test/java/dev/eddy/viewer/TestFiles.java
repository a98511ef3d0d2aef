package dev.eddy.viewer;

import dev.eddy.data.DataKind;
import dev.eddy.data.DatasetSchema;
import dev.eddy.data.FrameWriter;
import dev.eddy.data.LabelledArray;
import dev.eddy.data.NetcdfFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Small NetCDF files written with the data module's writer, for viewer tests. */
public final class TestFiles {
    private TestFiles() {
    }

    /** Uniform cell-centre coordinates on [0, 2π). */
    public static double[] periodic(int n) {
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = 2 * Math.PI * (i + 0.5) / n;
        }
        return c;
    }

    /**
     * Vorticity of a few decaying Fourier modes (exact solutions of the unforced viscous vorticity equation for a
     * single wavenumber shell are e^{-ν k² t}; here modes decay independently) on [0, 2π)², plus the stream function.
     * {@code phase} shifts the pattern in x by {@code phase·t}, so a file with phase ≠ 0 decorrelates from phase 0.
     */
    public static Path turbulence(Path file, int n, int frames, double phase) {
        double[] x = periodic(n);
        DatasetSchema schema = DatasetSchema.builder()
                .dimension("y", n).dimension("x", n)
                .unlimitedTime("1", Map.of("long_name", "time"))
                .coordinate(LabelledArray.coordinate("y", x, Map.of("units", "m")))
                .coordinate(LabelledArray.coordinate("x", x, Map.of("units", "m")))
                .variable("vorticity", DataKind.FLOAT, List.of("time", "y", "x"), Map.of("units", "1/s", "long_name", "vorticity"))
                .variable("stream_function", DataKind.FLOAT, List.of("time", "y", "x"), Map.of("units", "m2/s"))
                .globalAttribute("title", "viewer test turbulence")
                .build();
        try (FrameWriter w = FrameWriter.create(file, schema, NetcdfFormat.NC3, true)) {
            for (int f = 0; f < frames; f++) {
                double t = 0.1 * f;
                double[] omega = new double[n * n];
                double[] psi = new double[n * n];
                for (int j = 0; j < n; j++) {
                    for (int i = 0; i < n; i++) {
                        double xs = x[i] - phase * t;
                        double ys = x[j];
                        double w1 = 2 * Math.exp(-0.2 * t) * Math.cos(xs) * Math.cos(ys);
                        double w4 = Math.exp(-0.8 * t) * Math.sin(4 * xs + 1) * Math.cos(3 * ys);
                        omega[j * n + i] = w1 + w4;
                        psi[j * n + i] = w1 / 2 + w4 / 25;
                    }
                }
                w.writeFrame(t, Map.of("vorticity", omega, "stream_function", psi));
            }
        }
        return file;
    }

    /**
     * A broadband vorticity field on [0, 2π)²: Fourier modes with random phases and amplitude ∝ 1/k for
     * 1 ≤ |k| ≤ n/3 (so |ω̂|² ∝ k⁻², E(k) ∝ k·k⁻²/k² = k⁻³, the 2-D enstrophy-cascade slope), each decaying as e^{-ν k² t} (ν = 0.002)
     * and moving in x at speed {@code drift} (a model that drifts decorrelates from drift = 0). Frames are made
     * by one inverse FFT each, so a 1024² × 200 file takes seconds. Writes {@code vorticity(time, y, x)} only.
     */
    public static Path broadband(Path file, int n, int frames, double drift, long seed) {
        double[] x = periodic(n);
        DatasetSchema schema = DatasetSchema.builder()
                .dimension("y", n).dimension("x", n)
                .unlimitedTime("1", Map.of("long_name", "time"))
                .coordinate(LabelledArray.coordinate("y", x, Map.of("units", "m")))
                .coordinate(LabelledArray.coordinate("x", x, Map.of("units", "m")))
                .variable("vorticity", DataKind.FLOAT, List.of("time", "y", "x"), Map.of("units", "1/s", "long_name", "vorticity"))
                .build();
        java.util.Random random = new java.util.Random(seed);
        double[] amplitude = new double[n * n];
        double[] phase = new double[n * n];
        for (int r = 0; r < n; r++) {
            int my = r <= n / 2 ? r : r - n;
            for (int c = 0; c < n; c++) {
                int mx = c <= n / 2 ? c : c - n;
                double k = Math.hypot(mx, my);
                amplitude[r * n + c] = k >= 1 && k <= n / 3.0 ? 1 / k : 0;
                phase[r * n + c] = 2 * Math.PI * random.nextDouble();
            }
        }
        org.jtransforms.fft.DoubleFFT_2D fft = new org.jtransforms.fft.DoubleFFT_2D(n, n);
        try (FrameWriter w = FrameWriter.create(file, schema, NetcdfFormat.NC3, true)) {
            for (int f = 0; f < frames; f++) {
                double t = 0.05 * f;
                double[] a = new double[2 * n * n];
                for (int r = 0; r < n; r++) {
                    int my = r <= n / 2 ? r : r - n;
                    for (int c = 0; c < n; c++) {
                        int mx = c <= n / 2 ? c : c - n;
                        double amp = amplitude[r * n + c] * Math.exp(-0.002 * (mx * mx + my * my) * t);
                        double ph = phase[r * n + c] - drift * mx * t;
                        a[2 * (r * n + c)] = amp * Math.cos(ph);
                        a[2 * (r * n + c) + 1] = amp * Math.sin(ph);
                    }
                }
                fft.complexInverse(a, false);
                double[] omega = new double[n * n];
                for (int i = 0; i < omega.length; i++) {
                    omega[i] = a[2 * i];
                }
                w.writeFrame(t, Map.of("vorticity", omega));
            }
        }
        return file;
    }

    /** Gaussian-like latitudes of a T21 grid (north to south) and 64 longitudes from 0°E. */
    public static double[] t21Latitudes() {
        double[] lat = new double[32];
        for (int j = 0; j < 32; j++) {
            lat[j] = 85.76 - j * (2 * 85.76 / 31);
        }
        return lat;
    }

    /**
     * QG-like output: geopotential_height(time, level, lat, lon) with a ridge moving east, a static land–sea
     * mask that is land inside a 40° "continent" at 20–60°N, 10–50°E.
     */
    public static Path qg(Path file, int frames) {
        double[] lat = t21Latitudes();
        double[] lon = new double[64];
        for (int i = 0; i < 64; i++) {
            lon[i] = 5.625 * i;
        }
        double[] mask = new double[32 * 64];
        for (int j = 0; j < 32; j++) {
            for (int i = 0; i < 64; i++) {
                mask[j * 64 + i] = lat[j] > 20 && lat[j] < 60 && lon[i] > 10 && lon[i] < 50 ? 1 : 0;
            }
        }
        DatasetSchema schema = DatasetSchema.builder()
                .dimension("level", 3).dimension("lat", 32).dimension("lon", 64)
                .unlimitedTime("days since 2000-01-01", Map.of())
                .coordinate(LabelledArray.coordinate("level", new double[] {200, 500, 800}, Map.of("units", "hPa")))
                .coordinate(LabelledArray.coordinate("lat", lat, Map.of("units", "degrees_north")))
                .coordinate(LabelledArray.coordinate("lon", lon, Map.of("units", "degrees_east")))
                .staticVariable(LabelledArray.of("land_sea_mask", List.of("lat", "lon"), new int[] {32, 64}, mask))
                .variable("geopotential_height", DataKind.FLOAT, List.of("time", "level", "lat", "lon"), Map.of("units", "m"))
                .build();
        try (FrameWriter w = FrameWriter.create(file, schema, NetcdfFormat.NC3, true)) {
            for (int f = 0; f < frames; f++) {
                double[] z = new double[3 * 32 * 64];
                for (int k = 0; k < 3; k++) {
                    for (int j = 0; j < 32; j++) {
                        for (int i = 0; i < 64; i++) {
                            double phi = Math.toRadians(lat[j]);
                            double lam = Math.toRadians(lon[i]) - 0.2 * f;
                            z[(k * 32 + j) * 64 + i] = 5500 + 1000 * k - 400 * Math.sin(phi) * Math.sin(phi)
                                    + 150 * Math.cos(3 * lam) * Math.cos(phi);
                        }
                    }
                }
                w.writeFrame(f, Map.of("geopotential_height", z));
            }
        }
        return file;
    }

    /** A blocking index file: {@code blocking_index(time)} and 0/1 {@code blocked(time)} with two events. */
    public static Path index(Path file, int days) {
        DatasetSchema schema = DatasetSchema.builder()
                .unlimitedTime("days since 2000-01-01", Map.of())
                .variable("blocking_index", DataKind.DOUBLE, List.of("time"), Map.of("units", "m"))
                .variable("blocked", DataKind.DOUBLE, List.of("time"), Map.of())
                .build();
        try (FrameWriter w = FrameWriter.create(file, schema, NetcdfFormat.NC3, true)) {
            for (int d = 0; d < days; d++) {
                double value = 100 * Math.sin(d / 3.0);
                boolean on = (d >= 3 && d <= 6) || (d >= 12 && d <= 13);
                w.writeFrame(d, Map.of("blocking_index", new double[] {value}, "blocked", new double[] {on ? 1 : 0}));
            }
        }
        return file;
    }

    /** An events table as {@code eddy blocking events} writes it: onset as time, end/duration/peak per record. */
    public static Path events(Path file, double[][] onsetEnd) {
        DatasetSchema schema = DatasetSchema.builder()
                .unlimitedTime("days since 2000-01-01", Map.of())
                .variable("duration", DataKind.DOUBLE, List.of("time"), Map.of("units", "days"))
                .variable("end", DataKind.DOUBLE, List.of("time"), Map.of("units", "days since 2000-01-01"))
                .variable("peak", DataKind.DOUBLE, List.of("time"), Map.of())
                .build();
        try (FrameWriter w = FrameWriter.create(file, schema, NetcdfFormat.NC3, true)) {
            for (double[] e : onsetEnd) {
                w.writeFrame(e[0], Map.of("duration", new double[] {e[1] - e[0] + 1}, "end", new double[] {e[1]},
                        "peak", new double[] {120}));
            }
        }
        return file;
    }

    /** A file that is not NetCDF at all. */
    public static Path corrupt(Path file) throws IOException {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        junk[0] = 'C';
        junk[1] = 'D';
        junk[2] = 'F';
        junk[3] = 1;
        Files.write(file, junk);
        return file;
    }

    /** A valid NetCDF file with no 2-D field (only a time series). */
    public static Path notEddy(Path file) {
        DatasetSchema schema = DatasetSchema.builder()
                .unlimitedTime("1", Map.of())
                .variable("temperature", DataKind.DOUBLE, List.of("time"), Map.of("units", "K"))
                .build();
        try (FrameWriter w = FrameWriter.create(file, schema, NetcdfFormat.NC3, true)) {
            w.writeFrame(0, Map.of("temperature", new double[] {280}));
        }
        return file;
    }
}
