package dev.eddy.cli.climate;

import dev.eddy.cli.UserError;
import java.util.Locale;

/** Parses durations such as "30m", "6h", "1d", "1800s" or a bare number in a default unit. */
final class Durations {
    private Durations() {
    }

    /** Seconds in the given text; a bare number is in {@code defaultUnitSeconds}. */
    static double seconds(String option, String text, double defaultUnitSeconds) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        double unit = defaultUnitSeconds;
        if (s.endsWith("d")) {
            unit = 86400;
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("h")) {
            unit = 3600;
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("m")) {
            unit = 60;
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("s")) {
            unit = 1;
            s = s.substring(0, s.length() - 1);
        }
        double value;
        try {
            value = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new UserError(option + " must be a duration like 30m, 6h or 1d, got '" + text + "'");
        }
        if (!Double.isFinite(value) || value < 0) {
            throw new UserError(option + " must not be negative, got '" + text + "'");
        }
        return value * unit;
    }
}
