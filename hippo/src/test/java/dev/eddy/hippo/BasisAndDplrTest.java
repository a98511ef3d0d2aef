package dev.eddy.hippo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The reconstruction bases are orthonormal under their measures, and the DPLR form rebuilds A. */
class BasisAndDplrTest {

    @ParameterizedTest
    @EnumSource(Measure.class)
    void basisIsOrthonormalUnderItsMeasure(Measure measure) {
        int n = 8;
        double theta = 0.7;
        HippoOperator op = HippoOperator.of(measure, n, theta);
        // Finite windows integrate over [0, θ]; the others over [0, 120] (the weighted integrands decay like e^{-s}).
        double upper = measure.windowed() ? theta : 120.0;
        GaussIntegrator gauss = new GaussIntegratorFactory().legendre(200, 0, upper);
        double[][] gram = new double[n][n];
        for (int q = 0; q < gauss.getNumberOfPoints(); q++) {
            double s = gauss.getPoint(q);
            double w = gauss.getWeight(q) * op.measureDensity(s);
            double[] p = op.basis(s);
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    gram[a][b] += w * p[a] * p[b];
                }
            }
        }
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                // FouT's state 1 is the dummy sin0 (identically zero).
                double expected = (a == b && !(measure == Measure.FOUT && a == 1)) ? 1.0 : 0.0;
                assertEquals(expected, gram[a][b], 1e-9, measure + " <p_" + a + ", p_" + b + ">");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Measure.class)
    void dplrFormRebuildsA(Measure measure) {
        HippoOperator op = HippoOperator.of(measure, 12, 0.5);
        DplrForm dplr = DplrForm.of(op);
        ComplexMatrix a = dplr.reconstructA();
        ReferenceAssertions.assertClose(op.a(), a.re(), 1e-12, measure + " Re");
        ReferenceAssertions.assertClose(new double[12][12], a.im(), 1e-12, measure + " Im");
    }

    @ParameterizedTest
    @EnumSource(Measure.class)
    void normalPartEigenvectorsAreUnitaryEvenForRepeatedEigenvalues(Measure measure) {
        // FouT has two zero rows (cos0 is coupled only through P, sin0 is a dummy): eigenvalue 0 is double.
        for (int n : new int[] {7, 12}) {
            NormalEigensystem eig = NormalEigensystem.of(HippoOperator.of(measure, n, 0.5).nplr());
            assertEquals(1.0, Conditioning.kappa2UnitColumns(eig.vectors()), 1e-9, measure + " N=" + n);
        }
    }
}
