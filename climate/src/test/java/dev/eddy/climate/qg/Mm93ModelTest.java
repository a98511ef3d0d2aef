package dev.eddy.climate.qg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.climate.sphere.GaussianGrid;
import dev.eddy.climate.sphere.SpectralIndex;
import dev.eddy.climate.sphere.SphericalTransform;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class Mm93ModelTest {
    private static final Mm93Parameters INVISCID = Mm93Parameters.mm93().withoutDissipation().withHemispheric(false);

    private static Mm93Model inviscidModel(SphericalTransform transform, SurfaceFields surface) {
        return Mm93Model.create(transform, INVISCID, surface, Mm93Model.zeroForcing(transform));
    }

    /** Eigen-decomposition of the vertical coupling C (q′ = ∇²ψ + Cψ): C v = −λ v. */
    private static EigenDecomposition verticalModes() {
        double r1 = 1 / (INVISCID.rossbyRadius12() * INVISCID.rossbyRadius12());
        double r2 = 1 / (INVISCID.rossbyRadius23() * INVISCID.rossbyRadius23());
        return new EigenDecomposition(new Array2DRowRealMatrix(new double[][] {
            {-r1, r1, 0}, {r1, -r1 - r2, r2}, {0, r2, -r2}}));
    }

    /**
     * A Rossby–Haurwitz wave ψ_i = v_i·Re(A Y_l^m) in vertical mode v (C v = −λ v) is an exact solution of the
     * inviscid, unforced, flat model with frequency ω = −2Ωm/(l(l+1) + a²λ): the coefficient rotates as e^{−iωt}.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void rossbyHaurwitzWavePropagatesAtTheAnalyticFrequency(int mode) {
        SphericalTransform transform = SphericalTransform.forTruncation(21);
        SpectralIndex index = transform.index();
        Mm93Model model = inviscidModel(transform, SurfaceFields.flatOcean(transform.grid()));
        EigenDecomposition modes = verticalModes();
        double lambda = -modes.getRealEigenvalue(mode);
        RealVector v = modes.getEigenvector(mode);
        int l = 6;
        int m = 3;
        int len = index.arrayLength();
        int k = index.index(l, m);
        double amplitude = 3e7;
        double[] psi = new double[3 * len];
        for (int level = 0; level < 3; level++) {
            psi[level * len + 2 * k] = amplitude * v.getEntry(level);
        }
        double[] q = new double[3 * len];
        model.potentialVorticityAnomaly(psi, q);
        double dt = 1800;
        int steps = 5 * 48;
        Mm93Integrator integrator = new Mm93Integrator(model, TimeScheme.RK4, dt);
        integrator.step(q, steps);
        double[] psiEnd = new double[3 * len];
        model.streamfunction(q, psiEnd);
        double a = INVISCID.radius();
        double omega = -2 * INVISCID.omega() * m / (l * (l + 1.0) + a * a * lambda);
        double t = steps * dt;
        double phase = -omega * t;
        for (int level = 0; level < 3; level++) {
            double expectedRe = amplitude * v.getEntry(level) * Math.cos(phase);
            double expectedIm = amplitude * v.getEntry(level) * Math.sin(phase);
            assertEquals(expectedRe, psiEnd[level * len + 2 * k], 1e-7 * amplitude, "mode " + mode + " level " + level);
            assertEquals(expectedIm, psiEnd[level * len + 2 * k + 1], 1e-7 * amplitude, "mode " + mode + " level " + level);
        }
        double otherEnergy = 0;
        for (int c = 0; c < 3 * len; c++) {
            if (c % len != 2 * k && c % len != 2 * k + 1) {
                otherEnergy = Math.max(otherEnergy, Math.abs(psiEnd[c]));
            }
        }
        assertTrue(otherEnergy < 1e-9 * amplitude, "energy leaked to other modes: " + otherEnergy);
        assertTrue(Math.abs(phase) > 0.3, "the test must cover a sizeable phase, got " + phase);
    }

    static double[] randomTurbulentState(Mm93Model model, long seed) {
        SpectralIndex index = model.transform().index();
        int len = index.arrayLength();
        Random random = new Random(seed);
        double[] psi = new double[3 * len];
        for (int level = 0; level < 3; level++) {
            for (int kk = 1; kk < index.size(); kk++) {
                int l = index.degreeOf(kk);
                double amp = 2e7 / Math.pow(l, 1.5);
                psi[level * len + 2 * kk] = amp * random.nextGaussian();
                psi[level * len + 2 * kk + 1] = index.orderOf(kk) == 0 ? 0 : amp * random.nextGaussian();
            }
        }
        double[] q = new double[3 * len];
        model.potentialVorticityAnomaly(psi, q);
        return q;
    }

    static SurfaceFields gaussianMountain(GaussianGrid grid) {
        double[] h = new double[grid.size()];
        double[] lat = grid.latitudesDegrees();
        double[] lon = grid.longitudesDegrees();
        for (int i = 0; i < grid.nlat(); i++) {
            for (int j = 0; j < grid.nlon(); j++) {
                double dy = (lat[i] - 40) / 15;
                double dx = (lon[j] - 90) / 20;
                h[i * grid.nlon() + j] = 3000 * Math.exp(-dx * dx - dy * dy);
            }
        }
        return new SurfaceFields(grid, h, new double[grid.size()]);
    }

    private static double energyDrift(Mm93Model model, TimeScheme scheme, double dt, double[] initial, double days) {
        double[] q = initial.clone();
        double e0 = model.energy(q);
        new Mm93Integrator(model, scheme, dt).step(q, (int) Math.round(days * 86400 / dt));
        return Math.abs(model.energy(q) - e0) / e0;
    }

    @ParameterizedTest
    @EnumSource(TimeScheme.class)
    void energyIsConservedToTheOrderOfTheTimeStepper(TimeScheme scheme) {
        SphericalTransform transform = SphericalTransform.forTruncation(21);
        Mm93Model model = inviscidModel(transform, gaussianMountain(transform.grid()));
        double[] q = randomTurbulentState(model, 42);
        assertEnergyOrder(model, scheme, q);
    }

    @Test
    void hemisphericModelConservesEnergyAndKeepsTheStateAntisymmetric() {
        SphericalTransform transform = SphericalTransform.forTruncation(21);
        Mm93Parameters parameters = Mm93Parameters.mm93().withoutDissipation();
        Mm93Model model = Mm93Model.create(transform, parameters, gaussianMountain(transform.grid()), Mm93Model.zeroForcing(transform));
        double[] q = randomTurbulentState(model, 43);
        model.projectHemispheric(q);
        assertEnergyOrder(model, TimeScheme.RK4, q);
        double[] end = q.clone();
        new Mm93Integrator(model, TimeScheme.RK4, 1800).step(end, 48);
        double[] projected = end.clone();
        model.projectHemispheric(projected);
        assertEquals(0, SphericalTransformTestSupport.maxAbsDiff(end, projected), 0);
    }

    private static void assertEnergyOrder(Mm93Model model, TimeScheme scheme, double[] q) {
        double coarse = scheme == TimeScheme.RK4 ? 7200 : 1800;
        double e1 = energyDrift(model, scheme, coarse, q, 2);
        double e2 = energyDrift(model, scheme, coarse / 2, q, 2);
        double e3 = energyDrift(model, scheme, coarse / 4, q, 2);
        
        double order1 = Math.log(e1 / e2) / Math.log(2);
        double order2 = Math.log(e2 / e3) / Math.log(2);
        assertTrue(order2 > scheme.order() - 0.3, scheme + ": observed order of the energy error " + order1 + ", " + order2);
        assertTrue(e3 < 1e-4, "energy drift " + e3);
    }
}
