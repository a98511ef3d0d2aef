package dev.eddy.climate.qg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.climate.sphere.SphericalTransform;
import java.io.IOException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class RoadsForcingTest {

    /** Relative L2 difference of two flattened spectral fields (all levels). */
    static double relativeDifference(double[] a, double[] b) {
        double d = 0;
        double n = 0;
        for (int i = 0; i < a.length; i++) {
            d += (a[i] - b[i]) * (a[i] - b[i]);
            n += b[i] * b[i];
        }
        return Math.sqrt(d / n);
    }

    /**
     * Runs the shipped model, samples its states, and returns {relative error of the Roads forcing against the run's own
     * forcing, relative error after removing the drift term (q_end − q_0)/T}.
     */
    static double[] roadsErrors(double days, int samplesPerDay) throws IOException {
        SphericalTransform transform = SphericalTransform.forTruncation(21);
        ModelInputs inputs = ModelInputs.shipped(ShippedT21Data.open(ShippedDataTest.sharedT21()), transform);
        Mm93Model model = Mm93Model.create(transform, Mm93Parameters.mm93(), inputs.surface(), inputs.forcing());
        Mm93Model unforced = model.withForcing(Mm93Model.zeroForcing(transform));
        double[] q = new double[model.stateLength()];
        model.potentialVorticityAnomaly(inputs.initialPsi(), q);
        Mm93Integrator integrator = new Mm93Integrator(model, TimeScheme.RK4, 1800);
        integrator.prepare(q);
        integrator.step(q, 48 * 30);
        double[] first = q.clone();
        RoadsForcing roads = new RoadsForcing(unforced);
        int stepsPerSample = 48 / samplesPerDay;
        int samples = (int) Math.round(days * samplesPerDay);
        for (int s = 0; s < samples; s++) {
            // Trapezoidal weights would be exact to O(h²); plain means (as the method is defined) differ by O(1/N).
            roads.addPotentialVorticity(q);
            integrator.step(q, stepsPerSample);
        }
        double[] s = roads.forcing();
        double[] own = model.forcing();
        double span = samples * stepsPerSample * 1800.0;
        double[] corrected = s.clone();
        for (int i = 0; i < corrected.length; i++) {
            corrected[i] += (q[i] - first[i]) / span;
        }
        return new double[] {relativeDifference(s, own), relativeDifference(corrected, own)};
    }

    @Test
    void roadsForcingOfAModelRunEqualsItsOwnForcingUpToTheRunsDrift() throws IOException {
        double[] errors = roadsErrors(60, 8);
        assertTrue(errors[1] < 0.05, "after removing the mean drift, Roads S differs by " + errors[1]);
    }

    @Test
    @Tag("validation")
    void roadsForcingOfAThreeYearRunReproducesItsOwnForcing() throws IOException {
        double[] errors = roadsErrors(3 * 365, 4);
        assertTrue(errors[0] < 0.05, "Roads S from a 3-year run differs from the run's forcing by " + errors[0]);
    }

    @Test
    void qg3jlCorrectionTurnsTheReversedBetaRoadsForcingIntoThePhysicalOne() throws IOException {
        SphericalTransform transform = SphericalTransform.forTruncation(21);
        ModelInputs inputs = ModelInputs.shipped(ShippedT21Data.open(ShippedDataTest.sharedT21()), transform);
        Mm93Parameters physical = Mm93Parameters.mm93();
        Mm93Model model = Mm93Model.create(transform, physical, inputs.surface(), inputs.forcing());
        Mm93Integrator integrator = new Mm93Integrator(model, TimeScheme.RK4, 1800);
        double[] q = new double[model.stateLength()];
        model.potentialVorticityAnomaly(inputs.initialPsi(), q);
        integrator.prepare(q);
        RoadsForcing reference = new RoadsForcing(model);
        RoadsForcing reversed = new RoadsForcing(Mm93Model.create(transform, physical.withBetaSign(-1), inputs.surface(),
                Mm93Model.zeroForcing(transform)));
        double[] psiMean = new double[q.length];
        double[] psi = new double[q.length];
        int samples = 20;
        for (int s = 0; s < samples; s++) {
            integrator.step(q, 12);
            reference.addPotentialVorticity(q);
            reversed.addPotentialVorticity(q);
            model.streamfunction(q, psi);
            for (int i = 0; i < psi.length; i++) {
                psiMean[i] += psi[i] / samples;
            }
        }
        double[] corrected = Qg3jlForcingCorrection.correct(transform, physical, reversed.forcing(), psiMean);
        double error = relativeDifference(corrected, reference.forcing());
        assertTrue(error < 1e-10, "S_QG3 + 2J(psibar, f) differs from the physical Roads forcing by " + error);
        assertTrue(relativeDifference(reversed.forcing(), reference.forcing()) > 0.01, "the beta sign must matter");
    }
}
