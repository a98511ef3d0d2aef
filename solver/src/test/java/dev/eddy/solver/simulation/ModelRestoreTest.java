package dev.eddy.solver.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What checkpoints rely on: restoring a saved {@link SteppedModel#state()} and stepping on gives bitwise the same
 * outputs as never having stopped, for every solver and precision, single runs and ensembles.
 */
class ModelRestoreTest {

    private static RunConfig config(String solver, String precision, int ensemble) {
        return new RunConfig(solver, 16, 2 * Math.PI, 1e-3, 0.1, "kolmogorov", 4, 1, 1, 0.1, Double.NaN, 0.5, 7, 0, 3, 4,
                16, ensemble, precision, solver.equals("fv") ? "implicit-diffusion" : "cn-rk4", null, null);
    }

    @ParameterizedTest
    @CsvSource({"fv, double, 1", "fv, float, 1", "spectral, double, 1", "spectral, float, 1", "spectral, double, 3"})
    void restoredStateContinuesBitwise(String solver, String precision, int ensemble) {
        try (NavierStokesRun run = NavierStokesRun.create(config(solver, precision, ensemble), null, null, 2)) {
            SteppedModel model = run.model();
            for (int n = 0; n < 5; n++) {
                model.step();
            }
            Map<String, double[]> saved = new HashMap<>();
            model.state().forEach((k, v) -> saved.put(k, v.clone()));
            for (int n = 0; n < 7; n++) {
                model.step();
            }
            double[] uninterrupted = model.outputs().get("vorticity").clone();
            model.restore(saved);
            for (int n = 0; n < 7; n++) {
                model.step();
            }
            assertArrayEquals(uninterrupted, model.outputs().get("vorticity"), 0.0);
            assertFalse(Double.isNaN(model.courantNumber()));
        }
    }
}
