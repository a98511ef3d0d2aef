package dev.eddy.viewer.viewmodel;

import dev.eddy.viewer.service.ViewerException;
import java.util.Locale;

/** The views of the main window (and the {@code --layout} values of {@code eddy view}). */
public enum Layout {
    FIELD, COMPARE, PLOT, MAP, LIVE;

    /** Parses "field", "compare", "plot", "map" or "live". */
    public static Layout parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ViewerException("unknown layout '" + text + "' (use field, compare, plot or map)");
        }
    }

    /** A layout that {@code --screenshot} can render from files (all but live). */
    public static Layout parseForFiles(String text) {
        Layout layout = parse(text);
        if (layout == LIVE) {
            throw new ViewerException("the live layout runs a simulation; use field, compare, plot or map");
        }
        return layout;
    }
}
