package dev.eddy.viewer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** MVVM layering of the viewer: services use no JavaFX, view-models only its properties and collections. */
class LayeringTest {
    private static final Pattern JAVAFX = Pattern.compile("\\bjavafx\\.([a-z]+)");
    private static final Pattern VIEWER_IMPORT = Pattern.compile("^import\\s+dev\\.eddy\\.viewer\\.(\\w+)\\.", Pattern.MULTILINE);

    private static List<Path> sources(String layer) throws IOException {
        Path dir = Path.of("src/main/java/dev/eddy/viewer", layer);
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void servicesUseNoJavafxAndNoUpperLayer() throws IOException {
        List<String> violations = new ArrayList<>();
        List<Path> files = sources("service");
        for (Path f : files) {
            String text = Files.readString(f);
            if (JAVAFX.matcher(text).find()) {
                violations.add(f + " uses JavaFX");
            }
            Matcher m = VIEWER_IMPORT.matcher(text);
            while (m.find()) {
                if (!m.group(1).equals("service")) {
                    violations.add(f + " imports viewer." + m.group(1));
                }
            }
        }
        assertTrue(files.size() > 10, "found " + files.size() + " service sources");
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    @Test
    void viewModelsUseOnlyJavafxPropertiesAndCollections() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path f : sources("viewmodel")) {
            String text = Files.readString(f);
            Matcher m = JAVAFX.matcher(text);
            while (m.find()) {
                if (!m.group(1).equals("beans") && !m.group(1).equals("collections")) {
                    violations.add(f + " uses javafx." + m.group(1));
                }
            }
            if (text.contains("dev.eddy.viewer.view.")) {
                violations.add(f + " imports the view layer");
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }
}
