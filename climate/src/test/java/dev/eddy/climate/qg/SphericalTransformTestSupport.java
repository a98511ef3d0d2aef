package dev.eddy.climate.qg;

final class SphericalTransformTestSupport {
    private SphericalTransformTestSupport() {
    }

    static double maxAbsDiff(double[] a, double[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}
