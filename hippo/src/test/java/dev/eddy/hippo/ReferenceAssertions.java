package dev.eddy.hippo;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Entry-wise comparisons with a relative budget: |x - ref| ≤ tol · max(1, max|ref|). */
final class ReferenceAssertions {
    private ReferenceAssertions() {
    }

    static void assertClose(double[][] ref, double[][] actual, double tol, String what) {
        double scale = 1.0;
        for (double[] row : ref) {
            for (double v : row) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        double worst = 0.0;
        for (int i = 0; i < ref.length; i++) {
            for (int j = 0; j < ref[i].length; j++) {
                worst = Math.max(worst, Math.abs(ref[i][j] - actual[i][j]));
            }
        }
        assertTrue(worst <= tol * scale, what + ": max deviation " + worst + " > " + tol + " * " + scale);
    }

    static void assertClose(double[] ref, double[] actual, double tol, String what) {
        assertClose(new double[][] {ref}, new double[][] {actual}, tol, what);
    }
}
