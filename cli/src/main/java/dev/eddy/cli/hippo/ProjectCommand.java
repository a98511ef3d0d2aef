package dev.eddy.cli.hippo;

import dev.eddy.cli.UserError;
import dev.eddy.hippo.Discretization;
import dev.eddy.hippo.HippoOperator;
import dev.eddy.hippo.LegsConvention;
import dev.eddy.hippo.LegsOnlineProjection;
import dev.eddy.hippo.LtiProjection;
import dev.eddy.hippo.Measure;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eddy hippo project}: online projection of a sampled signal, its reconstruction and the max error.
 * LegS runs the time-varying recurrence (interval convention by default); the other measures run the LTI recurrence
 * with Δ (default: the samples span [0, 1], Δ = 1/(L-1)) and reconstruct with the +Δ/2 alignment rule.
 */
@Command(name = "project", mixinStandardHelpOptions = true,
        description = {"Project a sampled signal online onto a HiPPO basis; print the final coefficients, the",
            "reconstruction at every sample the measure covers (null elsewhere) and the max error there."})
final class ProjectCommand implements Runnable {
    @Option(names = "--measure", required = true, paramLabel = "M",
            description = "legs, legt, lagt, lagt-httyh or fout.")
    String measure;

    @Option(names = "--order", required = true, paramLabel = "N", description = "State size N > 0.")
    int order;

    @Option(names = "--theta", paramLabel = "T", defaultValue = "1.0",
            description = "Window length for legt/fout in the time units of --dt (default ${DEFAULT-VALUE}).")
    double theta;

    @Option(names = "--discretization", required = true, paramLabel = "D",
            description = "forward-euler, backward-euler, bilinear or zoh.")
    String discretization;

    @Option(names = "--input", required = true, paramLabel = "FILE",
            description = "Samples: .csv (one per line; --column picks a field) or .nc (--variable).")
    Path input;

    @Option(names = "--dt", paramLabel = "D", description = "Sample spacing Δ > 0 (default 1/(L-1)).")
    Double dt;

    @Option(names = "--convention", paramLabel = "C", defaultValue = "interval",
            description = "LegS sample convention: interval or hippo-code (default ${DEFAULT-VALUE}).")
    String convention;

    @Option(names = "--column", paramLabel = "K", description = "0-based CSV field (default: the last).")
    Integer column;

    @Option(names = "--variable", paramLabel = "NAME", description = "NetCDF variable (default: the only one).")
    String variable;

    @Option(names = "--json", description = "Write one JSON object (keys coefficients, reconstruction, max_error).")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        Measure m = HippoArguments.measure(measure);
        HippoArguments.positive("--order", order);
        if (m.windowed()) {
            HippoArguments.positive("--theta", theta);
        }
        Discretization d = HippoArguments.discretization(discretization);
        if (dt != null) {
            HippoArguments.positive("--dt", dt);
        }
        if (column != null && column < 0) {
            throw new UserError("--column must be >= 0, got " + column);
        }
        double[] u = SignalInput.read(input, column, variable);
        int length = u.length;
        double[] coefficients;
        Double[] reconstruction = new Double[length];
        if (m == Measure.LEGS) {
            LegsConvention conv;
            try {
                conv = LegsConvention.fromName(convention);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
            LegsOnlineProjection p = LegsOnlineProjection.of(order, conv, d);
            coefficients = p.project(u);
            double[] r = p.reconstruct(coefficients, length);
            for (int k = 0; k < length; k++) {
                reconstruction[k] = r[k];
            }
        } else {
            double step = dt != null ? dt : (length > 1 ? 1.0 / (length - 1) : 1.0);
            LtiProjection p = LtiProjection.of(HippoOperator.of(m, order, theta), d, step);
            coefficients = p.project(u);
            for (int k = 0; k < length; k++) {
                double lag = (length - 1 - k) * step;
                if (!m.windowed() || lag + 0.5 * step <= theta) {
                    reconstruction[k] = p.reconstructAligned(coefficients, lag);
                }
            }
        }
        double maxError = 0.0;
        for (int k = 0; k < length; k++) {
            if (reconstruction[k] != null) {
                maxError = Math.max(maxError, Math.abs(reconstruction[k] - u[k]));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new JsonWriter().put("coefficients", coefficients).put("reconstruction", reconstruction)
                    .put("max_error", maxError).render());
            return;
        }
        out.printf(Locale.ROOT, "%s N=%d, %s, %d samples: max |reconstruction - input| = %.6e%n",
                m.cliName(), order, d.cliName(), length, maxError);
        out.println("coefficients:");
        HippoArguments.printRow(out, coefficients);
        out.println("sample input reconstruction:");
        for (int k = 0; k < length; k++) {
            out.printf(Locale.ROOT, "  %d % .12g %s%n", k, u[k],
                    reconstruction[k] == null ? "-" : String.format(Locale.ROOT, "% .12g", reconstruction[k]));
        }
    }
}
