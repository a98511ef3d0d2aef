package dev.eddy.cli.hippo;

import dev.eddy.hippo.DiscreteSystem;
import dev.eddy.hippo.Discretization;
import dev.eddy.hippo.HippoOperator;
import dev.eddy.hippo.Measure;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eddy hippo transition}: the continuous (A, B) of a measure and optionally its discretization. */
@Command(name = "transition", mixinStandardHelpOptions = true,
        description = {"Print the HiPPO transition matrices A, B (x' = Ax + Bu, A Hurwitz, orthonormal basis) and,",
            "with --discretization and --dt, the discrete Ad, Bd (x_k = Ad x_{k-1} + Bd u_k)."})
final class TransitionCommand implements Runnable {
    @Option(names = "--measure", required = true, paramLabel = "M",
            description = "legs, legt, lagt, lagt-httyh or fout.")
    String measure;

    @Option(names = "--order", required = true, paramLabel = "N", description = "State size N > 0.")
    int order;

    @Option(names = "--theta", paramLabel = "T", defaultValue = "1.0",
            description = "Window length for legt/fout (default ${DEFAULT-VALUE}; s4's hippo.py uses 2).")
    double theta;

    @Option(names = "--discretization", paramLabel = "D",
            description = "forward-euler, backward-euler, bilinear or zoh.")
    String discretization;

    @Option(names = "--dt", paramLabel = "D", description = "Step Δ > 0 (needed with --discretization).")
    Double dt;

    @Option(names = "--json", description = "Write one JSON object (keys A, B, Ad, Bd).")
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
        Discretization d = discretization == null ? null : HippoArguments.discretization(discretization);
        if (d != null && dt == null) {
            throw new dev.eddy.cli.UserError("--discretization needs --dt");
        }
        if (dt != null) {
            HippoArguments.positive("--dt", dt);
        }
        HippoOperator op = HippoOperator.of(m, order, theta);
        DiscreteSystem sys = d == null ? null : d.apply(op, dt);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonWriter w = new JsonWriter().put("A", op.a()).put("B", op.b());
            if (sys != null) {
                w.put("Ad", sys.ad()).put("Bd", sys.bd());
            }
            out.println(w.render());
            return;
        }
        out.println(op);
        HippoArguments.printMatrix(out, "A", op.a());
        out.println("B:");
        HippoArguments.printRow(out, op.b());
        if (sys != null) {
            HippoArguments.printMatrix(out, "Ad (" + d.cliName() + ", dt=" + dt + ")", sys.ad());
            out.println("Bd:");
            HippoArguments.printRow(out, sys.bd());
        }
    }
}
