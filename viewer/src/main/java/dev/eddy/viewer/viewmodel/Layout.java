package dev.eddy.viewer.viewmodel;

import java.util.Locale;

/** The views of the main window (and the {@code --layout} values of {@code eddy view}). */
public enum Layout {
    FIELD, COMPARE, PLOT, MAP;

    /** Parses "field", "compare", "plot" or "map". */
    public static Layout parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new dev.eddy.viewer.service.ViewerException("unknown layout '" + text + "' (use field, compare, plot or map)");
        }
    }
}
