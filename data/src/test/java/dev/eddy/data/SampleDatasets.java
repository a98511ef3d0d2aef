package dev.eddy.data;

import java.util.List;
import java.util.Map;

/** A small (time, y, x) dataset with known values, used by several tests. */
final class SampleDatasets {
    static final int NX = 6;
    static final int NY = 4;

    private SampleDatasets() {
    }

    static DatasetSchema schema(Map<String, Object> globals) {
        double[] x = new double[NX];
        double[] y = new double[NY];
        for (int i = 0; i < NX; i++) {
            x[i] = i * 2 * Math.PI / NX;
        }
        for (int j = 0; j < NY; j++) {
            y[j] = j * 2 * Math.PI / NY;
        }
        double[] bottom = new double[NY * NX];
        for (int k = 0; k < bottom.length; k++) {
            bottom[k] = Math.sqrt(k);
        }
        return DatasetSchema.builder()
                .unlimitedTime("1", Map.of("long_name", "model time"))
                .coordinate(LabelledArray.coordinate("y", y, Map.of("units", "1", "long_name", "y", "axis", "Y")))
                .coordinate(LabelledArray.coordinate("x", x, Map.of("units", "1", "long_name", "x", "axis", "X")))
                .staticVariable(LabelledArray.of("bottom", List.of("y", "x"), new int[] {NY, NX}, bottom,
                        Map.of("units", "m", "long_name", "bottom height")))
                .variable("vorticity", DataKind.DOUBLE, List.of("time", "y", "x"),
                        Map.of("units", "1/s", "long_name", "relative vorticity",
                                "standard_name", "atmosphere_relative_vorticity"))
                .variable("energy", DataKind.FLOAT, List.of("time"), Map.of("units", "m2 s-2", "long_name",
                        "kinetic energy"))
                .globalAttributes(globals)
                .build();
    }

    static DatasetSchema schema() {
        return schema(Map.of("title", "sample"));
    }

    /** Vorticity of frame {@code n}: a deterministic, non-trivial pattern. */
    static double[] vorticity(int n) {
        double[] w = new double[NY * NX];
        for (int j = 0; j < NY; j++) {
            for (int i = 0; i < NX; i++) {
                w[j * NX + i] = Math.sin(0.3 * n + i) * Math.cos(0.7 * j) + 1e-3 * n;
            }
        }
        return w;
    }

    static double energy(int n) {
        return 0.5 + 0.01 * n;
    }

    static Map<String, double[]> frame(int n) {
        return Map.of("vorticity", vorticity(n), "energy", new double[] {energy(n)});
    }

    static double time(int n) {
        return 0.25 * n;
    }
}
