package dev.eddy.climate.sphere;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SphericalTransformTest {
    private static final double RADIUS = 6.371e6;

    static double[] randomSpectral(SpectralIndex index, long seed) {
        Random random = new Random(seed);
        double[] spec = new double[index.arrayLength()];
        for (int k = 0; k < index.size(); k++) {
            spec[2 * k] = random.nextGaussian();
            spec[2 * k + 1] = index.orderOf(k) == 0 ? 0 : random.nextGaussian();
        }
        return spec;
    }

    static double maxAbsDiff(double[] a, double[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    @ParameterizedTest
    @ValueSource(ints = {32, 64, 33})
    void gaussWeightsSumToTwoAndIntegratePolynomialsExactly(int n) {
        GaussLegendre rule = GaussLegendre.of(n);
        double[] x = rule.nodes();
        double[] w = rule.weights();
        double sum = 0;
        double highMoment = 0;
        for (int i = 0; i < n; i++) {
            sum += w[i];
            highMoment += w[i] * Math.pow(x[i], 2 * n - 2);
        }
        assertEquals(2.0, sum, 1e-14);
        assertEquals(2.0 / (2 * n - 1), highMoment, 1e-13);
    }

    @Test
    void gaussianLatitudesMatchTheShippedT21Grid() {
        GaussianGrid grid = GaussianGrid.forTruncation(21);
        assertEquals(32, grid.nlat());
        assertEquals(64, grid.nlon());
        assertEquals(85.760587, grid.latitudesDegrees()[0], 1e-6);
        assertEquals(2.7689, grid.latitudesDegrees()[15], 1e-4);
        assertEquals(0.007018610009, grid.weight(0), 1e-12);
        assertEquals(128, GaussianGrid.forTruncation(42).nlon());
    }

    @Test
    void legendreFunctionsAreOrthonormal() {
        int t = 42;
        GaussLegendre rule = GaussLegendre.of(64);
        SpectralIndex index = SpectralIndex.triangular(t);
        double[] x = rule.nodes();
        double[] w = rule.weights();
        double[][] values = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            values[i] = AssociatedLegendre.values(x[i], t);
        }
        for (int m : new int[] {0, 1, 7, 42}) {
            for (int l1 = m; l1 <= t; l1++) {
                for (int l2 = m; l2 <= t; l2++) {
                    double s = 0;
                    for (int i = 0; i < x.length; i++) {
                        s += w[i] * values[i][index.index(l1, m)] * values[i][index.index(l2, m)];
                    }
                    assertEquals(l1 == l2 ? 1.0 : 0.0, s, 1e-12, "m=" + m + " l=" + l1 + "," + l2);
                }
            }
        }
    }

    @Test
    void derivativeTableMatchesFiniteDifferences() {
        int t = 21;
        SpectralIndex index = SpectralIndex.triangular(t);
        double mu = 0.37;
        double d = 1e-6;
        double[] h = AssociatedLegendre.valuesAndDerivatives(mu, t)[1];
        double[] plus = AssociatedLegendre.values(mu + d, t);
        double[] minus = AssociatedLegendre.values(mu - d, t);
        for (int k = 0; k < index.size(); k++) {
            double fd = (1 - mu * mu) * (plus[k] - minus[k]) / (2 * d);
            assertEquals(fd, h[k], 1e-7 * Math.max(1, Math.abs(fd)), "k=" + k);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {21, 42})
    void roundTripIsExactToRoundOff(int truncation) {
        SphericalTransform transform = SphericalTransform.forTruncation(truncation);
        double[] spec = randomSpectral(transform.index(), 7);
        double[] grid = transform.newGrid();
        transform.synthesize(spec, grid);
        double[] back = transform.newSpectral();
        transform.analyze(grid, back);
        assertTrue(maxAbsDiff(spec, back) < 1e-12, "spectral round trip error " + maxAbsDiff(spec, back));
        double[] grid2 = transform.newGrid();
        transform.synthesize(back, grid2);
        double scale = 0;
        for (double v : grid) {
            scale = Math.max(scale, Math.abs(v));
        }
        double relative = maxAbsDiff(grid, grid2) / scale;
        assertTrue(relative < 1e-12, "relative grid round trip error " + relative);
    }

    @Test
    void synthesisMatchesDirectEvaluationOfOneHarmonic() {
        SphericalTransform transform = SphericalTransform.forTruncation(21);
        SpectralIndex index = transform.index();
        GaussianGrid grid = transform.grid();
        int l = 5;
        int m = 3;
        double[] spec = transform.newSpectral();
        spec[2 * index.index(l, m)] = 0.5;
        spec[2 * index.index(l, m) + 1] = -0.25;
        double[] field = transform.newGrid();
        transform.synthesize(spec, field);
        double[] dl = transform.newGrid();
        double[] hm = transform.newGrid();
        transform.synthesizeGradient(spec, dl, hm);
        double[] lon = grid.longitudesDegrees();
        for (int i = 0; i < grid.nlat(); i++) {
            double[][] ph = AssociatedLegendre.valuesAndDerivatives(grid.mu(i), 21);
            double pl = ph[0][index.index(l, m)];
            double hl = ph[1][index.index(l, m)];
            for (int j = 0; j < grid.nlon(); j++) {
                double lam = Math.toRadians(lon[j]);
                double c = Math.cos(m * lam);
                double s = Math.sin(m * lam);
                double expected = 2 * (0.5 * c + 0.25 * s) * pl;
                assertEquals(expected, field[i * grid.nlon() + j], 1e-13);
                assertEquals(2 * m * (-0.5 * s + 0.25 * c) * pl, dl[i * grid.nlon() + j], 1e-12);
                assertEquals(2 * (0.5 * c + 0.25 * s) * hl, hm[i * grid.nlon() + j], 1e-12);
            }
        }
    }

    @Test
    void laplacianOfSphericalHarmonicIsMinusLLPlusOneOverASquared() {
        SphericalTransform transform = SphericalTransform.forTruncation(21);
        SpectralIndex index = transform.index();
        GaussianGrid grid = transform.grid();
        SpectralOperators ops = SpectralOperators.of(index, RADIUS);
        int l = 9;
        int m = 4;
        double[] y = transform.newSpectral();
        y[2 * index.index(l, m)] = 1;
        double[] field = transform.newGrid();
        transform.synthesize(y, field);
        // Grid-space Laplacian: ∇²f = (1/a²)[∂/∂μ((1−μ²)∂f/∂μ) + f_λλ/(1−μ²)], the μ-part via a second spectral pass.
        double[] dl = transform.newGrid();
        double[] hm = transform.newGrid();
        transform.synthesizeGradient(y, dl, hm);
        double[] dlSpec = transform.newSpectral();
        ops.dLambda(y, dlSpec);
        double[] dll = transform.newGrid();
        transform.synthesizeGradient(dlSpec, dll, null);
        double[] lap = transform.newSpectral();
        ops.laplacian(y, lap);
        double[] lapGrid = transform.newGrid();
        transform.synthesize(lap, lapGrid);
        double expectedFactor = -l * (l + 1.0) / (RADIUS * RADIUS);
        double maxField = 0;
        for (double v : field) {
            maxField = Math.max(maxField, Math.abs(v));
        }
        for (int i = 0; i < field.length; i++) {
            assertEquals(expectedFactor * field[i], lapGrid[i], 1e-12 * Math.abs(expectedFactor) * maxField);
        }
        // Independent check of the eigenvalue from the Legendre ODE at one latitude, by finite differences in μ.
        double mu = grid.mu(5);
        double d = 1e-4;
        double[] pm = AssociatedLegendre.values(mu - d, 21);
        double[] p0 = AssociatedLegendre.values(mu, 21);
        double[] pp = AssociatedLegendre.values(mu + d, 21);
        int k = index.index(l, m);
        double hPlus = (1 - (mu + d / 2) * (mu + d / 2)) * (pp[k] - p0[k]) / d;
        double hMinus = (1 - (mu - d / 2) * (mu - d / 2)) * (p0[k] - pm[k]) / d;
        double operator = (hPlus - hMinus) / d - m * m * p0[k] / (1 - mu * mu);
        assertEquals(-l * (l + 1.0) * p0[k], operator, 1e-5 * l * (l + 1.0));
    }

    @Test
    void inverseLaplacianUndoesLaplacianExceptTheMean() {
        SpectralIndex index = SpectralIndex.triangular(21);
        SpectralOperators ops = SpectralOperators.of(index, RADIUS);
        double[] spec = randomSpectral(index, 3);
        double[] lap = new double[spec.length];
        ops.laplacian(spec, lap);
        double[] back = new double[spec.length];
        ops.inverseLaplacian(lap, back);
        spec[0] = 0;
        assertTrue(maxAbsDiff(spec, back) < 1e-13);
    }

    @Test
    void retruncationT21ToT42AndBackIsLossless() {
        SpectralIndex t21 = SpectralIndex.triangular(21);
        SpectralIndex t42 = SpectralIndex.triangular(42);
        double[] spec = randomSpectral(t21, 11);
        double[] up = SpectralOperators.retruncate(spec, t21, t42);
        SphericalTransform fine = SphericalTransform.forTruncation(42);
        double[] fineGrid = fine.newGrid();
        fine.synthesize(up, fineGrid);
        double[] reanalysed = fine.newSpectral();
        fine.analyze(fineGrid, reanalysed);
        double[] down = SpectralOperators.retruncate(reanalysed, t42, t21);
        assertTrue(maxAbsDiff(spec, down) < 1e-12);
    }

    @Test
    void northernOnlyTransformsMatchTheFullOnesForAntisymmetricFields() {
        SphericalTransform transform = SphericalTransform.forTruncation(21);
        SpectralIndex index = transform.index();
        double[] spec = randomSpectral(index, 5);
        for (int k = 0; k < index.size(); k++) {
            if (((index.degreeOf(k) + index.orderOf(k)) & 1) == 0) {
                spec[2 * k] = 0;
                spec[2 * k + 1] = 0;
            }
        }
        double[] full = transform.newGrid();
        double[] dl = transform.newGrid();
        double[] hm = transform.newGrid();
        transform.synthesize(spec, full);
        transform.synthesizeGradient(spec, dl, hm);
        double[] northField = transform.newGrid();
        double[] northDl = transform.newGrid();
        double[] northHm = transform.newGrid();
        transform.synthesizeAntisymmetric(spec, northField);
        transform.synthesizeGradientAntisymmetric(spec, northDl, northHm);
        int half = full.length / 2;
        for (int p = 0; p < half; p++) {
            assertEquals(full[p], northField[p], 1e-12);
            assertEquals(dl[p], northDl[p], 1e-12);
            assertEquals(hm[p], northHm[p], 1e-12);
            assertEquals(-full[p], full[full.length - 1 - p + 2 * (p % 64) - 63], 1e-12, "field is antisymmetric");
        }
        java.util.Arrays.fill(northField, half, northField.length, 123.0);
        double[] back = transform.newSpectral();
        transform.analyzeAntisymmetric(northField, back);
        assertTrue(maxAbsDiff(spec, back) < 1e-12, "antisymmetric analysis error " + maxAbsDiff(spec, back));
    }
}
