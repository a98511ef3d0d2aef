package dev.eddy.cli.hippo;

import dev.eddy.cli.UserError;
import dev.eddy.hippo.DiagonalSsm;
import dev.eddy.hippo.Discretization;
import dev.eddy.hippo.S4dInit;
import dev.eddy.hippo.S4dKernel;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eddy hippo s4d-kernel}: the convolution kernel of an S4D-initialised diagonal SSM. */
@Command(name = "s4d-kernel", mixinStandardHelpOptions = true,
        description = {"Print the S4D kernel K_l = 2 Re sum_n C_n Bd_n Ad_n^l, l = 0..L-1 (N/2 conjugate-pair modes).",
            "B = C = 1 unless --b/--c give N/2 real values (for init legs, B defaults to 1/2 V* B_LegS)."})
final class S4dKernelCommand implements Runnable {
    @Option(names = "--init", required = true, paramLabel = "I", description = "lin, inv, real or legs.")
    String init;

    @Option(names = "--state-size", required = true, paramLabel = "N", description = "Real state size N (even, > 0).")
    int stateSize;

    @Option(names = "--length", required = true, paramLabel = "L", description = "Kernel length L > 0.")
    int length;

    @Option(names = "--dt", required = true, paramLabel = "D", description = "Step Δ > 0.")
    double dt;

    @Option(names = "--discretization", required = true, paramLabel = "D", description = "zoh or bilinear.")
    String discretization;

    @Option(names = "--b", paramLabel = "B1,B2,...", description = "N/2 real input weights (replace B).")
    String b;

    @Option(names = "--c", paramLabel = "C1,C2,...", description = "N/2 real output weights (default 1).")
    String c;

    @Option(names = "--json", description = "Write one JSON object (keys kernel, eigenvalues).")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        S4dInit i;
        try {
            i = S4dInit.fromName(init);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        HippoArguments.positive("--state-size", stateSize);
        if (stateSize % 2 != 0) {
            throw new UserError("--state-size must be even (N/2 conjugate pairs), got " + stateSize);
        }
        HippoArguments.positive("--length", length);
        HippoArguments.positive("--dt", dt);
        Discretization d = HippoArguments.discretization(discretization);
        if (d != Discretization.ZOH && d != Discretization.BILINEAR) {
            throw new UserError("s4d-kernel supports --discretization zoh or bilinear, not " + d.cliName());
        }
        DiagonalSsm ssm = i.create(stateSize);
        int modes = ssm.modes();
        if (b != null) {
            ssm = new DiagonalSsm(ssm.aRe(), ssm.aIm(), modesOf("--b", b, modes), new double[modes]);
        }
        double[] cRe = new double[modes];
        Arrays.fill(cRe, 1.0);
        if (c != null) {
            cRe = modesOf("--c", c, modes);
        }
        double[] kernel = S4dKernel.compute(ssm, cRe, new double[modes], dt, length, d);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new JsonWriter().put("kernel", kernel)
                    .put("eigenvalues", JsonWriter.pairs(ssm.aRe(), ssm.aIm())).render());
            return;
        }
        out.println("S4D-" + i.cliName() + " N=" + stateSize + " (" + modes + " modes), " + d.cliName() + ", dt=" + dt);
        out.println("eigenvalues (re, im):");
        for (int n = 0; n < modes; n++) {
            out.printf(java.util.Locale.ROOT, "  % .17g % .17g%n", ssm.aRe()[n], ssm.aIm()[n]);
        }
        out.println("kernel:");
        for (int l = 0; l < length; l++) {
            out.printf(java.util.Locale.ROOT, "  %d % .17g%n", l, kernel[l]);
        }
    }

    private static double[] modesOf(String flag, String list, int modes) {
        double[] v = HippoArguments.numbers(flag, list);
        if (v.length != modes) {
            throw new UserError(flag + " needs " + modes + " values (N/2), got " + v.length);
        }
        return v;
    }
}
