package dev.eddy.cli.hippo;

import dev.eddy.cli.UserError;
import dev.eddy.hippo.FrequencyGrid;
import dev.eddy.hippo.HippoOperator;
import dev.eddy.hippo.Measure;
import dev.eddy.hippo.Perturbation;
import dev.eddy.hippo.PerturbThenDiagonalize;
import dev.eddy.hippo.PtdResult;
import dev.eddy.hippo.UnstableEigenvalueException;
import dev.eddy.hippo.UnstablePolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eddy hippo ptd}: perturb-then-diagonalize HiPPO-LegS. */
@Command(name = "ptd", mixinStandardHelpOptions = true,
        description = {"Diagonalize A_LegS + E (PTD, Yu et al. 2024) and report the eigenvalues, kappa_2 of the",
            "unit-column eigenvector matrix and sup_w |G_PTD(iw) - G_H(iw)| (B = B_H/|B_H|, C = 1/sqrt(N),",
            "w in {0} and 4001 log-spaced points in [1e-3, 1e4]). Eigenvalues with Re >= 0 are rejected",
            "(exit 2) unless --unstable clamp moves them to Re = -1e-4."})
final class PtdCommand implements Runnable {
    @Option(names = "--order", required = true, paramLabel = "N", description = "State size N > 0.")
    int order;

    @Option(names = "--perturbation", required = true, paramLabel = "P",
            description = "zero, lowrank (E = alpha P^T P), random (Gaussian, |E| = R |A|), file (N x N CSV).")
    String perturbation;

    @Option(names = "--alpha", paramLabel = "A", description = "lowrank: alpha (0 = HiPPO, 1 = S4D).")
    Double alpha;

    @Option(names = "--relative", paramLabel = "R", description = "random: |E|_2 / |A_H|_2.")
    Double relative;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "random: seed (default 0).")
    long seed;

    @Option(names = "--file", paramLabel = "FILE", description = "file: the N x N perturbation as CSV rows.")
    Path file;

    @Option(names = "--unstable", paramLabel = "POLICY", defaultValue = "reject",
            description = "reject or clamp eigenvalues with Re >= 0 (default ${DEFAULT-VALUE}).")
    String unstable;

    @Option(names = "--json", description = "Write one JSON object (keys eigenvalues, condition_number, "
            + "transfer_error).")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        HippoArguments.positive("--order", order);
        UnstablePolicy policy = switch (unstable.toLowerCase(Locale.ROOT)) {
            case "reject" -> UnstablePolicy.REJECT;
            case "clamp" -> UnstablePolicy.CLAMP;
            default -> throw new UserError("--unstable must be reject or clamp, got '" + unstable + "'");
        };
        Perturbation e = perturbation();
        PtdResult r;
        try {
            r = PerturbThenDiagonalize.run(HippoOperator.of(Measure.LEGS, order), e, policy, FrequencyGrid.standard());
        } catch (UnstableEigenvalueException | IllegalArgumentException ex) {
            throw new UserError(ex.getMessage(), ex);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new JsonWriter().put("eigenvalues", JsonWriter.pairs(r.eigenReal(), r.eigenImag()))
                    .put("condition_number", r.conditionNumber()).put("transfer_error", r.transferError()).render());
            return;
        }
        out.printf(Locale.ROOT, "PTD LegS N=%d, perturbation %s, |E|_2 = %.6g%n", order, perturbation,
                r.perturbationNorm());
        out.printf(Locale.ROOT, "condition number kappa_2(V) = %.6e%n", r.conditionNumber());
        out.printf(Locale.ROOT, "transfer error sup|G_PTD - G_H| = %.6e  (sup|G_H| = %.6e)%n", r.transferError(),
                r.transferNorm());
        if (r.clamped() > 0) {
            out.println("clamped eigenvalues: " + r.clamped());
        }
        out.println("eigenvalues (re, im):");
        for (int i = 0; i < order; i++) {
            out.printf(Locale.ROOT, "  % .17g % .17g%n", r.eigenReal()[i], r.eigenImag()[i]);
        }
    }

    private Perturbation perturbation() {
        switch (perturbation.toLowerCase(Locale.ROOT)) {
            case "zero":
                return Perturbation.zero();
            case "lowrank":
                if (alpha == null) {
                    throw new UserError("--perturbation lowrank needs --alpha");
                }
                return Perturbation.lowRank(HippoArguments.finite("--alpha", alpha));
            case "random":
                if (relative == null) {
                    throw new UserError("--perturbation random needs --relative");
                }
                if (!(relative >= 0 && Double.isFinite(relative))) {
                    throw new UserError("--relative must be a non-negative finite number, got " + relative);
                }
                return Perturbation.random(relative, seed);
            case "file":
                if (file == null) {
                    throw new UserError("--perturbation file needs --file");
                }
                return Perturbation.fixed(readMatrix(file));
            default:
                throw new UserError("unknown perturbation '" + perturbation + "' (expected zero, lowrank, random, file)");
        }
    }

    private double[][] readMatrix(Path path) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path);
        } catch (IOException ex) {
            throw new UserError("cannot read " + path + ": " + ex.getMessage(), ex);
        }
        List<double[]> rows = lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> HippoArguments.numbers("--file " + path, l)).toList();
        if (rows.size() != order || rows.stream().anyMatch(row -> row.length != order)) {
            throw new UserError(path + " must hold " + order + " rows of " + order + " numbers");
        }
        return rows.toArray(double[][]::new);
    }
}
