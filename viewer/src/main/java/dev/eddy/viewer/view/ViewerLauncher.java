package dev.eddy.viewer.view;

import dev.eddy.viewer.service.ViewerException;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;

/**
 * Entry point of the window: a plain class (not an {@link Application}) so that JavaFX on the class path starts
 * (a main class extending Application fails with "JavaFX runtime components are missing").
 */
public final class ViewerLauncher {
    private ViewerLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(ViewerApp.class, args);
    }

    /**
     * Opens the window with these files (and an index or events file for the map, or null) and returns when it is
     * closed.
     *
     * @throws ViewerException if there is no display to open a window on
     */
    public static void open(List<Path> files, Path indexFile) {
        String display = System.getenv("DISPLAY");
        String wayland = System.getenv("WAYLAND_DISPLAY");
        if ((display == null || display.isBlank()) && (wayland == null || wayland.isBlank())) {
            throw new ViewerException("no display to open a window on (DISPLAY is not set); use --screenshot out.png to render without one");
        }
        try {
            List<String> args = new java.util.ArrayList<>(files.stream().map(Path::toString).toList());
            if (indexFile != null) {
                args.add("--index=" + indexFile);
            }
            Application.launch(ViewerApp.class, args.toArray(String[]::new));
        } catch (UnsupportedOperationException e) {
            throw new ViewerException("cannot open a window: " + e.getMessage(), e);
        }
    }
}
