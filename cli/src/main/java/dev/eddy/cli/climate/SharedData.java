package dev.eddy.cli.climate;

import dev.eddy.cli.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the shipped T21 data folder {@code qg3-t21}: {@code --shared DIR} if given, else the system property
 * {@code eddy.shared.dir}, {@code $EDDY_HOME/shared}, {@code $EDDY_HOME/../shared}, the folder {@code shared} next to
 * the eddy installation ({@code eddy.home}, set by {@code bin/eddy}) and next to the working directory.
 */
final class SharedData {
    private SharedData() {
    }

    static Path qg3T21(Path explicitShared) {
        List<Path> candidates = new ArrayList<>();
        if (explicitShared != null) {
            candidates.add(explicitShared);
        } else {
            addIfSet(candidates, System.getProperty("eddy.shared.dir"), "");
            addIfSet(candidates, System.getenv("EDDY_HOME"), "shared");
            addIfSet(candidates, System.getenv("EDDY_HOME"), "../shared");
            addIfSet(candidates, System.getProperty("eddy.home"), "../shared");
            candidates.add(Path.of("").toAbsolutePath().resolve("../shared"));
            candidates.add(Path.of("").toAbsolutePath().resolve("shared"));
        }
        for (Path c : candidates) {
            Path dir = c.endsWith("qg3-t21") ? c : c.resolve("qg3-t21");
            if (Files.isRegularFile(dir.resolve("forcing_S_t21.csv"))) {
                return dir.normalize();
            }
        }
        throw new UserError("cannot find the shipped T21 data (qg3-t21/forcing_S_t21.csv) in " + candidates
                + "; pass --shared DIR or set EDDY_HOME");
    }

    private static void addIfSet(List<Path> list, String base, String child) {
        if (base != null && !base.isBlank()) {
            list.add(Path.of(base).resolve(child));
        }
    }
}
