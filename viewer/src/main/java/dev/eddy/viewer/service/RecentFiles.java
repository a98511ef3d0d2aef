package dev.eddy.viewer.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The most recently opened files, newest first, one absolute path per line in a text file
 * (default {@code ~/.config/eddy/recent}). Failing to write the list never stops the viewer; the error is returned.
 */
public final class RecentFiles {
    /** Most entries kept. */
    public static final int LIMIT = 10;

    private final Path store;

    public RecentFiles(Path store) {
        this.store = store;
    }

    /** The list in {@code ~/.config/eddy/recent}. */
    public static RecentFiles inUserConfig() {
        return new RecentFiles(Path.of(System.getProperty("user.home"), ".config", "eddy", "recent"));
    }

    public Path store() {
        return store;
    }

    /** Entries, newest first; an unreadable or missing list is empty. */
    public List<Path> load() {
        List<Path> out = new ArrayList<>();
        if (!Files.isRegularFile(store)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && out.size() < LIMIT) {
                    out.add(Path.of(line.strip()));
                }
            }
        } catch (IOException | RuntimeException e) {
            return new ArrayList<>();
        }
        return out;
    }

    /**
     * Puts {@code file} first (removing an older entry), keeps {@link #LIMIT}, and saves.
     *
     * @return the new list
     * @throws ViewerException if the list cannot be saved
     */
    public List<Path> add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> list = load();
        list.remove(absolute);
        list.addFirst(absolute);
        while (list.size() > LIMIT) {
            list.removeLast();
        }
        try {
            Files.createDirectories(store.getParent());
            Path tmp = store.resolveSibling(store.getFileName() + ".tmp");
            Files.write(tmp, list.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
            Files.move(tmp, store, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ViewerException("cannot save the recent-files list " + store + ": " + e.getMessage(), e);
        }
        return list;
    }
}
