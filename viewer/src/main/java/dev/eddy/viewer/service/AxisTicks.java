package dev.eddy.viewer.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** "Nice" tick values (1, 2, 5 × 10ⁿ steps) and compact labels for axes and colour bars. */
public final class AxisTicks {
    private AxisTicks() {
    }

    /** A tick: its value and label. */
    public record Tick(double value, String label) {
    }

    /** About {@code target} ticks covering [lo, hi] with a step of 1, 2 or 5 × 10ⁿ. */
    public static List<Tick> linear(double lo, double hi, int target) {
        List<Tick> ticks = new ArrayList<>();
        if (!(hi > lo) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            return ticks;
        }
        double raw = (hi - lo) / Math.max(1, target);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * magnitude >= raw) {
                step = m * magnitude;
                break;
            }
        }
        double first = Math.ceil(lo / step - 1e-9) * step;
        for (double v = first; v <= hi + step * 1e-9; v += step) {
            double clean = Math.abs(v) < step * 1e-9 ? 0 : v;
            ticks.add(new Tick(clean, format(clean, step)));
        }
        return ticks;
    }

    /** Ticks at the powers of ten within [lo, hi] (both &gt; 0). */
    public static List<Tick> logarithmic(double lo, double hi) {
        List<Tick> ticks = new ArrayList<>();
        if (!(lo > 0) || !(hi > lo)) {
            return ticks;
        }
        for (int e = (int) Math.ceil(Math.log10(lo) - 1e-9); e <= Math.floor(Math.log10(hi) + 1e-9); e++) {
            ticks.add(new Tick(Math.pow(10, e), "1e" + e));
        }
        return ticks;
    }

    /** A short label for {@code value} when ticks are {@code step} apart. */
    public static String format(double value, double step) {
        double a = Math.abs(step);
        if (value != 0 && (a >= 1e5 || a < 1e-3)) {
            return String.format(Locale.ROOT, "%.2g", value);
        }
        int decimals = a >= 1 ? 0 : (int) Math.ceil(-Math.log10(a) - 1e-9);
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** A compact label with 4 significant digits (hover read-outs). */
    public static String value(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        double a = Math.abs(v);
        if (v != 0 && (a >= 1e5 || a < 1e-3)) {
            return String.format(Locale.ROOT, "%.4g", v);
        }
        return String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
