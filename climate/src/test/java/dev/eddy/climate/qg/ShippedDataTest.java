package dev.eddy.climate.qg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.climate.sphere.SphericalTransform;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ShippedDataTest {
    static Path sharedT21() {
        String dir = System.getProperty("eddy.shared.dir");
        if (dir == null) {
            throw new IllegalStateException("system property eddy.shared.dir is not set");
        }
        return Path.of(dir, "qg3-t21");
    }

    /** QG3.jl's unit of ψ: a²·2Ω with a = 6371 km and 2Ω = 4π/day. */
    static final double PSI_UNIT = 6.371e6 * 6.371e6 * 4 * Math.PI / 86400;
    static final double Q_UNIT = 4 * Math.PI / 86400;

    @Test
    void decodedRawStreamfunctionEqualsTheShippedCsv() throws IOException {
        ShippedT21Data data = ShippedT21Data.open(sharedT21());
        SphericalTransform transform = SphericalTransform.forTruncation(21);
        double[] spec = Qg3RawArray.toSpectral(Qg3RawArray.read(sharedT21().resolve("raw/t21-precomputed-sf.jld2")), PSI_UNIT);
        double[][] csv = data.initialStreamfunction();
        int len = transform.index().arrayLength();
        for (int level = 0; level < 3; level++) {
            double[] levelSpec = new double[len];
            System.arraycopy(spec, level * len, levelSpec, 0, len);
            double[] grid = transform.newGrid();
            transform.synthesize(levelSpec, grid);
            double max = 0;
            double err = 0;
            for (int p = 0; p < grid.length; p++) {
                max = Math.max(max, Math.abs(csv[level][p]));
                err = Math.max(err, Math.abs(csv[level][p] - grid[p]));
            }
            assertTrue(err / max < 1e-5, "level " + level + " relative difference " + err / max);
        }
    }

    @Test
    void potentialVorticityFromShippedPsiReproducesShippedQ0() throws IOException {
        SphericalTransform transform = SphericalTransform.forTruncation(21);
        int len = transform.index().arrayLength();
        double[] psi = Qg3RawArray.toSpectral(Qg3RawArray.read(sharedT21().resolve("raw/t21-precomputed-sf.jld2")), PSI_UNIT);
        double[] q0 = Qg3RawArray.toSpectral(Qg3RawArray.read(sharedT21().resolve("raw/t21-precomputed-q.jld2")), Q_UNIT);
        ShippedT21Data data = ShippedT21Data.open(sharedT21());
        Mm93Model model = Mm93Model.create(transform, Mm93Parameters.mm93().withHemispheric(false), data.surface(),
                Mm93Model.zeroForcing(transform));
        double[] qPrime = new double[3 * len];
        model.potentialVorticityAnomaly(psi, qPrime);
        // The stored q0 is QG3.jl's PV without planetary vorticity, i.e. A·ψ0; the (0,0) mode is skipped because QG3.jl
        // uses the identity for the singular A_0 and we set ψ_00 = 0.
        for (int level = 0; level < 3; level++) {
            double diff = 0;
            double norm = 0;
            for (int c = 2; c < len; c++) {
                double mine = qPrime[level * len + c];
                double theirs = q0[level * len + c];
                diff += (mine - theirs) * (mine - theirs);
                norm += theirs * theirs;
            }
            double relative = Math.sqrt(diff / norm);
            assertTrue(relative < 1e-6, "level " + level + ": relative difference " + relative);
        }
    }

    @Test
    void malformedOrIncompleteFilesAreReportedAsIoErrors(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        java.nio.file.Files.copy(sharedT21().resolve("grid_t21.csv"), dir.resolve("grid_t21.csv"));
        java.nio.file.Files.writeString(dir.resolve("surface_t21.csv"),
                "lat_index,lon_index,lat_deg,lon_deg,orography_m,land_sea_fraction\n0,0,85.76,0.0,abc,0\n");
        ShippedT21Data data = ShippedT21Data.open(dir);
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, data::surface);
        assertTrue(e.getMessage().contains("abc"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class, data::forcing);
    }
}
