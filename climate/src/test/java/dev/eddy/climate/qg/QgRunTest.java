package dev.eddy.climate.qg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eddy.climate.sphere.SphericalTransform;
import dev.eddy.data.LabelledArray;
import dev.eddy.data.NetcdfFormat;
import dev.eddy.data.NetcdfReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QgRunTest {
    private static final Map<String, Object> FIXED_ATTRIBUTES = Map.of("title", "test run");

    private static Mm93Integrator shippedIntegrator() throws IOException {
        SphericalTransform transform = SphericalTransform.forTruncation(21);
        ModelInputs inputs = ModelInputs.shipped(ShippedT21Data.open(ShippedDataTest.sharedT21()), transform);
        Mm93Model model = Mm93Model.create(transform, Mm93Parameters.mm93(), inputs.surface(), inputs.forcing());
        return new Mm93Integrator(model, TimeScheme.HEUN, 3600);
    }

    private static double[] initialState(Mm93Integrator integrator) throws IOException {
        SphericalTransform transform = integrator.model().transform();
        ModelInputs inputs = ModelInputs.shipped(ShippedT21Data.open(ShippedDataTest.sharedT21()), transform);
        double[] q = new double[integrator.model().stateLength()];
        integrator.model().potentialVorticityAnomaly(inputs.initialPsi(), q);
        return q;
    }

    @Test
    void writesCfFramesWhoseFirstFrameIsTheInitialStateAndHeightIsF0PsiOverG(@TempDir Path dir) throws IOException {
        Mm93Integrator integrator = shippedIntegrator();
        double[] q = initialState(integrator);
        Path out = dir.resolve("run.nc");
        QgRun run = new QgRun(integrator, new QgRun.Schedule(2, 0.25, 0, 1));
        run.start(q, out, dir.resolve("run.ckpt"), NetcdfFormat.NC3, false, FIXED_ATTRIBUTES, f -> { });
        try (NetcdfReader reader = NetcdfReader.open(out)) {
            assertEquals(List.of("time", "level", "lat", "lon"), reader.info("psi").dims());
            assertArrayEquals(new int[] {9, 3, 32, 64}, reader.info("psi").shape());
            assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2}, reader.read("time").values(), 1e-12);
            assertArrayEquals(new double[] {200, 500, 800}, reader.read("level").values());
            assertEquals(QgOutput.TIME_UNITS, reader.info("time").units());
            assertEquals(ShippedT21Data.COPERNICUS_CREDIT, reader.globalAttributes().get("data_credit"));
            LabelledArray psi0 = reader.readIndex("psi", "time", 0);
            LabelledArray z0 = reader.readIndex("geopotential_height", "time", 0);
            double[][] csv = ShippedT21Data.open(ShippedDataTest.sharedT21()).initialStreamfunction();
            double f0 = Mm93Parameters.mm93().f0();
            // The hemispheric model keeps the antisymmetric part; check the northern mid-latitudes of 500 hPa,
            // where the shipped ψ0 is dominated by its antisymmetric part, loosely, and Z = f0 ψ / g tightly.
            double err = 0;
            double norm = 0;
            for (int p = 0; p < 32 * 64; p++) {
                double psi = psi0.get(1, p / 64, p % 64);
                assertEquals(f0 * psi / QgOutput.GRAVITY, z0.get(1, p / 64, p % 64), 1e-3);
                if (p / 64 >= 4 && p / 64 < 12) {
                    double anti = 0.5 * (csv[1][p] - csv[1][(31 - p / 64) * 64 + p % 64]);
                    err += (psi - anti) * (psi - anti);
                    norm += anti * anti;
                }
            }
            assertEquals(0, Math.sqrt(err / norm), 1e-5, "frame 0 is the antisymmetric part of the shipped psi0");
        }
    }

    @Test
    void resumedRunIsBitwiseIdenticalToAnUninterruptedOne(@TempDir Path dir) throws IOException {
        Mm93Integrator integrator = shippedIntegrator();
        double[] q = initialState(integrator);
        QgRun.Schedule schedule = new QgRun.Schedule(4, 1, 1, 2);
        Path full = dir.resolve("full.nc");
        new QgRun(integrator, schedule).start(q, full, dir.resolve("full.ckpt"), NetcdfFormat.NC3, false, FIXED_ATTRIBUTES, f -> { });
        Path broken = dir.resolve("broken.nc");
        Path checkpoint = dir.resolve("broken.ckpt");
        QgRun run = new QgRun(integrator, schedule);
        assertThrows(IllegalStateException.class, () -> run.start(q, broken, checkpoint, NetcdfFormat.NC3, false, FIXED_ATTRIBUTES,
                fraction -> {
                    if (fraction > 0.5) {
                        throw new IllegalStateException("killed");
                    }
                }));
        run.resume(broken, checkpoint, f -> { });
        assertArrayEquals(Files.readAllBytes(full), Files.readAllBytes(broken));
    }

    @Test
    void rejectsASaveIntervalThatIsNotAWholeNumberOfSteps() throws IOException {
        Mm93Integrator integrator = shippedIntegrator();
        assertThrows(IllegalArgumentException.class, () -> new QgRun(integrator, new QgRun.Schedule(1, 0.01, 0, 1)));
        assertThrows(IllegalArgumentException.class, () -> new QgRun.Schedule(-1, 1, 0, 1));
    }
}
