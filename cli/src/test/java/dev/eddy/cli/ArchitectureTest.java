package dev.eddy.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the module dependency direction of docs/architecture.md by reading every module's main sources: which
 * {@code dev.eddy.<module>} packages a module may import, and where JavaFX, ND4J and console output may appear.
 */
class ArchitectureTest {

    /** module → the eddy modules it may import (besides itself). */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "data", Set.of(),
            "solver", Set.of("data"),
            "hippo", Set.of(),
            "climate", Set.of("data"),
            "stencil", Set.of("data", "solver", "hippo"),
            "viewer", Set.of("data", "solver", "climate"),
            "cli", Set.of("data", "solver", "hippo", "climate", "stencil", "viewer"));

    private static final Pattern EDDY_IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?dev\\.eddy\\.(\\w+)\\.", Pattern.MULTILINE);

    private static final Pattern JAVAFX_IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?javafx\\.", Pattern.MULTILINE);
    private static final Pattern ND4J = Pattern.compile("\\borg\\.nd4j\\.");
    private static final Pattern CONSOLE = Pattern.compile("\\bSystem\\.(?:out|exit)\\b");

    private static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("pom.xml")) && Files.exists(here.resolve("../data")) ? here.getParent() : here;
    }

    private static List<Path> sources(String module) throws IOException {
        Path dir = root().resolve(module).resolve("src/main/java");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void modulesImportOnlyDownstreamModules() throws IOException {
        List<String> violations = new ArrayList<>();
        int files = 0;
        for (var entry : ALLOWED.entrySet()) {
            for (Path file : sources(entry.getKey())) {
                files++;
                Matcher m = EDDY_IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String target = m.group(1);
                    if (!target.equals(entry.getKey()) && !entry.getValue().contains(target)) {
                        violations.add(root().relativize(file) + " imports dev.eddy." + target);
                    }
                }
            }
        }
        assertTrue(files > 0, "no sources found under " + root());
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    @Test
    void javafxOnlyInViewerNd4jNotInCoreConsoleOnlyInCli() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String module : ALLOWED.keySet()) {
            for (Path file : sources(module)) {
                String text = Files.readString(file);
                String name = root().relativize(file).toString();
                if (!module.equals("viewer") && JAVAFX_IMPORT.matcher(text).find()) {
                    violations.add(name + " uses JavaFX outside viewer");
                }
                if (Set.of("data", "solver", "hippo").contains(module) && ND4J.matcher(text).find()) {
                    violations.add(name + " uses ND4J");
                }
                if (!module.equals("cli") && CONSOLE.matcher(text).find()) {
                    violations.add(name + " writes to System.out or calls System.exit outside cli");
                }
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }
}
