package dev.eddy.solver.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.solver.field.Field;
import dev.eddy.solver.field.RandomFields;
import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.grid.Offset;
import dev.eddy.solver.init.FilteredVelocityField;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {

    @Test
    void downsampling128To32KeepsTheDivergenceZero() {
        StaggeredVelocity fine = FilteredVelocityField.generate(Grid.square2Pi(128), 9, 4, 7.0);
        StaggeredVelocity coarse = StaggeredDownsampling.toSize(fine, 32);
        assertEquals(32, coarse.grid().nx());
        assertEquals(2 * Math.PI, coarse.grid().lx(), 0.0);
        assertTrue(FlowDiagnostics.maxAbsDivergence(coarse) <= 1e-10, "max|div| " + FlowDiagnostics.maxAbsDivergence(coarse));
    }

    @Test
    void downsamplingAveragesTheFineFacesOnEachCoarseFace() {
        Grid g = new Grid(8, 8, 1, 1);
        StaggeredVelocity fine = RandomFields.velocity(g, 5);
        StaggeredVelocity coarse = StaggeredDownsampling.downsample(fine, 2);
        // coarse u(1, 2) sits at x = 2·Δx_c = 4Δx_f: fine x-face index 3, fine rows 4 and 5
        assertEquals((fine.u().get(3, 4) + fine.u().get(3, 5)) / 2, coarse.u().get(1, 2), 1e-15);
        assertEquals((fine.v().get(2, 5) + fine.v().get(3, 5)) / 2, coarse.v().get(1, 2), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> StaggeredDownsampling.downsample(fine, 3));
    }

    @Test
    void spectrumSumsToTheKineticEnergy() {
        StaggeredVelocity v = RandomFields.velocity(new Grid(32, 24, 2 * Math.PI, 5.0), 8);
        double sum = 0;
        for (double e : EnergySpectrum.of(v)) {
            sum += e;
        }
        assertEquals(FlowDiagnostics.kineticEnergy(v), sum, 1e-12);
    }

    @Test
    void spectrumFromVorticityPutsTaylorGreenEnergyInShellOne() {
        Grid g = Grid.square2Pi(32);
        Field w = Field.sample(g, Offset.NODE, (x, y) -> 2 * Math.sin(x) * Math.sin(y));
        double[] e = EnergySpectrum.fromVorticity(g, w.data());
        assertEquals(0.25, e[1], 1e-13, "u = sin x cos y, v = −cos x sin y carry KE ¼ at |m| = √2 → shell 1");
        for (int k = 2; k < e.length; k++) {
            assertEquals(0.0, e[k], 1e-15);
        }
    }

    @Test
    void vorticityOfTaylorGreenAndEnstrophy() {
        Grid g = Grid.square2Pi(64);
        StaggeredVelocity v = StaggeredVelocity.sample(g, (x, y) -> Math.sin(x) * Math.cos(y), (x, y) -> -Math.cos(x) * Math.sin(y));
        Field w = FlowDiagnostics.vorticity(v);
        Field exact = Field.sample(g, Offset.CORNER, (x, y) -> 2 * Math.sin(x) * Math.sin(y));
        double h2 = g.dx() * g.dx();
        for (int k = 0; k < g.size(); k++) {
            assertEquals(exact.data()[k], w.data()[k], h2 / 4);
        }
        assertEquals(0.5, FlowDiagnostics.enstrophy(v), 0.5 * h2 / 4, "½·mean(4 sin²x sin²y) = ½");
        assertEquals(0.25, FlowDiagnostics.kineticEnergy(v), 1e-14);
    }

    @Test
    void correlationIsUncentredAndScaleFree() {
        double[] a = RandomFields.uniform(100, 1);
        double[] b = RandomFields.uniform(100, 2);
        double[] shifted = a.clone();
        double[] scaled = a.clone();
        double[] negated = a.clone();
        for (int k = 0; k < a.length; k++) {
            shifted[k] += 10;
            scaled[k] *= 3.5;
            negated[k] = -a[k];
        }
        assertEquals(1.0, VorticityDiagnostics.correlation(a, scaled), 1e-14);
        assertEquals(-1.0, VorticityDiagnostics.correlation(a, negated), 1e-14);
        assertTrue(Math.abs(VorticityDiagnostics.correlation(a, b)) < 0.3);
        double ab = 0;
        double aa = 0;
        double ss = 0;
        for (int k = 0; k < a.length; k++) {
            ab += a[k] * shifted[k];
            aa += a[k] * a[k];
            ss += shifted[k] * shifted[k];
        }
        assertEquals(ab / Math.sqrt(aa * ss), VorticityDiagnostics.correlation(a, shifted), 1e-14, "means are not removed");
    }
}
