import dev.eddy.climate.qg.Mm93Integrator;
import dev.eddy.climate.qg.Mm93Model;
import dev.eddy.climate.qg.Mm93Parameters;
import dev.eddy.climate.qg.ModelInputs;
import dev.eddy.climate.qg.ShippedT21Data;
import dev.eddy.climate.qg.TimeScheme;
import dev.eddy.climate.sphere.SphericalTransform;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Throughput of the MM93 model: model years per CPU-minute of the calling thread, with the shipped forcing and the
 * default (hemispheric) configuration, after a warm-up as long as the measurement. Usage: java -cp ... QgBenchmark.java SHARED_DIR [seconds per case]
 */
public class QgBenchmark {
    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args[0], "qg3-t21");
        double budget = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        System.out.println("| resolution | scheme | dt | hemispheric | tendency [us] | model days per CPU-s | model years per CPU-minute |");
        System.out.println("|---|---|---|---|---|---|---|");
        Object[][] cases = {
            {21, TimeScheme.RK4, 1800.0, true}, {21, TimeScheme.RK4, 3600.0, true}, {21, TimeScheme.HEUN, 1800.0, true},
            {21, TimeScheme.RK4, 1800.0, false}, {42, TimeScheme.RK4, 1800.0, true}, {42, TimeScheme.RK4, 1800.0, false}};
        for (Object[] c : cases) {
            int t = (Integer) c[0];
            TimeScheme scheme = (TimeScheme) c[1];
            double dt = (Double) c[2];
            boolean hemispheric = (Boolean) c[3];
            SphericalTransform transform = SphericalTransform.forTruncation(t);
            ModelInputs inputs = ModelInputs.shipped(ShippedT21Data.open(shared), transform);
            Mm93Model model = Mm93Model.create(transform, Mm93Parameters.mm93().withHemispheric(hemispheric), inputs.surface(), inputs.forcing());
            Mm93Integrator integrator = new Mm93Integrator(model, scheme, dt);
            double[] q = new double[model.stateLength()];
            model.potentialVorticityAnomaly(inputs.initialPsi(), q);
            integrator.prepare(q);
            int stepsPerDay = (int) Math.round(86400 / dt);
            long warmEnd = System.nanoTime() + (long) (budget * 1e9);
            while (System.nanoTime() < warmEnd) {
                integrator.step(q, stepsPerDay);
            }
            long cpu0 = bean.getCurrentThreadCpuTime();
            int modelDays = 0;
            long end = System.nanoTime() + (long) (budget * 1e9);
            while (System.nanoTime() < end) {
                integrator.step(q, stepsPerDay);
                modelDays++;
            }
            double cpuSeconds = (bean.getCurrentThreadCpuTime() - cpu0) / 1e9;
            int stages = scheme == TimeScheme.RK4 ? 4 : 2;
            double tendencyMicros = cpuSeconds / (modelDays * stepsPerDay * (double) stages) * 1e6;
            double daysPerCpuSecond = modelDays / cpuSeconds;
            System.out.printf(Locale.ROOT, "| T%d | %s | %.0f min | %s | %.0f | %.1f | %.2f |%n", t, scheme, dt / 60, hemispheric,
                    tendencyMicros, daysPerCpuSecond, daysPerCpuSecond * 60 / 365.25);
            if (!Double.isFinite(q[0])) {
                throw new IllegalStateException("state became non-finite");
            }
        }
    }
}
