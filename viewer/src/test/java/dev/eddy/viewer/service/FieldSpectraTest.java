package dev.eddy.viewer.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eddy.viewer.TestFiles;
import org.junit.jupiter.api.Test;

class FieldSpectraTest {

    /** ω = A cos(m x) on [0, L)²: ψ = A/k² cos(m x) with k = 2πm/L, so ½⟨|u|²⟩ = A²/(4k²) and ½⟨ω²⟩ = A²/4. */
    private static Field2D mode(int n, double length, int m, double amplitude) {
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = length * i / n;
        }
        double[] w = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                w[j * n + i] = amplitude * Math.cos(2 * Math.PI * m * c[i] / length);
            }
        }
        return new Field2D("vorticity", "1/s", c, c, "x", "y", w);
    }

    @Test
    void singleModeEnergyAndEnstrophyAreExact() {
        Field2D f = mode(32, 2 * Math.PI, 3, 2.0);
        assertEquals(4.0 / (4 * 9), FieldSpectra.kineticEnergy(f), 1e-12);
        assertEquals(1.0, FieldSpectra.enstrophy(f), 1e-12);
    }

    @Test
    void domainLengthScalesTheWavenumber() {
        Field2D f = mode(16, 1.0, 2, 1.0);
        double k = 2 * Math.PI * 2;
        assertEquals(1 / (4 * k * k), FieldSpectra.kineticEnergy(f), 1e-12);
    }

    @Test
    void spectrumPutsTheEnergyInTheModesShellAndSumsToTheTotal() {
        Field2D f = mode(32, 2 * Math.PI, 5, 1.0);
        FieldSpectra.Spectrum s = FieldSpectra.spectrum(f);
        assertEquals(16, s.k().length);
        assertEquals(5.0, s.k()[4], 1e-12);
        assertEquals(1.0 / (4 * 25), s.energy()[4], 1e-12);
        double sum = 0;
        for (double e : s.energy()) {
            sum += e;
        }
        assertEquals(FieldSpectra.kineticEnergy(f), sum, 1e-15);
        assertEquals(0, s.energy()[3], 1e-20);
    }

    @Test
    void nonUniformCoordinatesFallBackToTwoPi() {
        assertEquals(2 * Math.PI, FieldSpectra.length(new double[] {0, 1, 3}), 0);
        assertEquals(2 * Math.PI, FieldSpectra.length(TestFiles.periodic(8)), 1e-12);
    }
}
