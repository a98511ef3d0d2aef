package dev.eddy.cli.hippo;

import dev.eddy.cli.UserError;
import dev.eddy.hippo.Discretization;
import dev.eddy.hippo.Measure;
import java.io.PrintWriter;
import java.util.Locale;

/** Validation of the hippo commands' flag values: each failure is a one-line {@link UserError} (exit 2). */
final class HippoArguments {
    private HippoArguments() {
    }

    static Measure measure(String name) {
        try {
            return Measure.fromName(name);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    static Discretization discretization(String name) {
        try {
            return Discretization.fromName(name);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    static int positive(String flag, int value) {
        if (value <= 0) {
            throw new UserError(flag + " must be positive, got " + value);
        }
        return value;
    }

    static double positive(String flag, double value) {
        if (!(value > 0.0 && Double.isFinite(value))) {
            throw new UserError(flag + " must be a positive finite number, got " + value);
        }
        return value;
    }

    static double finite(String flag, double value) {
        if (!Double.isFinite(value)) {
            throw new UserError(flag + " must be a finite number, got " + value);
        }
        return value;
    }

    /** Parses a comma-separated list of finite numbers. */
    static double[] numbers(String flag, String list) {
        String[] parts = list.split(",");
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new UserError(flag + ": not a number: '" + parts[i].strip() + "'");
            }
            finite(flag, v[i]);
        }
        return v;
    }

    static void printMatrix(PrintWriter out, String title, double[][] m) {
        out.println(title + " (" + m.length + "x" + m[0].length + "):");
        for (double[] row : m) {
            printRow(out, row);
        }
    }

    static void printRow(PrintWriter out, double[] row) {
        StringBuilder sb = new StringBuilder(" ");
        for (double v : row) {
            sb.append(String.format(Locale.ROOT, " % .17g", v));
        }
        out.println(sb);
    }
}
