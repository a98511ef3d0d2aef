package dev.eddy.data;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Global attributes that make an output file traceable to the run that made it.
 *
 * <p>Keys: {@code title}, {@code institution}, {@code source} (CF §2.6.2 descriptive attributes), {@code history}
 * (ISO time and command line, CF §2.6.2), {@code date_created} (ISO-8601 UTC, see {@link #creationTime()}),
 * {@code eddy_command}, {@code eddy_config} (the full configuration text), {@code eddy_seed} (decimal text, exact for
 * any long), {@code eddy_version}, {@code eddy_git_commit}, {@code java_version}, {@code java_vendor},
 * {@code os_name}, {@code os_arch}. The git commit comes from, in order: the system property
 * {@code eddy.git.commit}, {@code git rev-parse HEAD} run once in the folder the eddy classes were loaded from
 * (with "-dirty" when tracked files differ from HEAD), or the text "unknown (...)" saying why.
 */
public final class Provenance {
    private static final String VERSION_RESOURCE = "/dev/eddy/data/eddy-version.properties";
    private static final String VERSION = readVersion();
    private static volatile String gitCommit;

    private Provenance() {
    }

    /**
     * @param commandLine the command as typed (e.g. "eddy simulate --grid 64 ...")
     * @param configText  the complete configuration of the run, as text
     * @param seed        the random seed
     * @return an insertion-ordered, unmodifiable map of global attributes
     */
    public static Map<String, Object> of(String commandLine, String configText, long seed) {
        String created = creationTime().toString();
        java.util.SequencedMap<String, Object> a = new LinkedHashMap<>();
        a.put("title", "eddy output");
        a.put("institution", "eddy");
        a.put("source", "eddy " + VERSION);
        a.put("history", created + ": " + commandLine);
        a.put("date_created", created);
        a.put("eddy_command", commandLine);
        a.put("eddy_config", configText == null ? "" : configText);
        a.put("eddy_seed", Long.toString(seed));
        a.put("eddy_version", VERSION);
        a.put("eddy_git_commit", gitCommit());
        a.put("java_version", System.getProperty("java.version", "unknown"));
        a.put("java_vendor", System.getProperty("java.vendor", "unknown"));
        a.put("os_name", System.getProperty("os.name", "unknown"));
        a.put("os_arch", System.getProperty("os.arch", "unknown"));
        return java.util.Collections.unmodifiableSequencedMap(a);
    }

    /**
     * The creation time written to files: now, truncated to seconds, unless the reproducible-builds convention
     * {@code SOURCE_DATE_EPOCH} (environment variable, or system property {@code eddy.source.date.epoch}) fixes it in
     * seconds since 1970, which makes reruns of a deterministic job produce byte-identical files.
     */
    public static Instant creationTime() {
        String fixed = System.getProperty("eddy.source.date.epoch", System.getenv("SOURCE_DATE_EPOCH"));
        if (fixed != null && !fixed.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(fixed.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("SOURCE_DATE_EPOCH must be whole seconds since 1970, got '" + fixed + "'", e);
            }
        }
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /** The eddy version the build stamped into this module ("unknown" when run from unfiltered sources). */
    public static String version() {
        return VERSION;
    }

    /** The git commit of the eddy build, computed once per process. */
    public static String gitCommit() {
        String c = gitCommit;
        if (c == null) {
            c = findGitCommit();
            gitCommit = c;
        }
        return c;
    }

    /** The Maven-filtered resource, else the jar manifest's Implementation-Version, else "unknown". */
    private static String readVersion() {
        try (InputStream in = Provenance.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.contains("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // Fall through to the manifest.
        }
        String manifest = Provenance.class.getPackage().getImplementationVersion();
        return manifest == null ? "unknown" : manifest;
    }

    private static String findGitCommit() {
        String property = System.getProperty("eddy.git.commit");
        if (property != null && !property.isBlank()) {
            return property.strip();
        }
        Path dir = codeFolder();
        if (dir == null) {
            return "unknown (eddy classes have no local folder)";
        }
        try {
            String head = git(dir, "rev-parse", "HEAD");
            if (head == null || !head.matches("[0-9a-f]{40}")) {
                return "unknown (no git repository at " + dir + ")";
            }
            String status = git(dir, "status", "--porcelain", "--untracked-files=no");
            return status == null || status.isEmpty() ? head : head + "-dirty";
        } catch (IOException e) {
            return "unknown (git not available)";
        }
    }

    private static Path codeFolder() {
        try {
            var source = Provenance.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return null;
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isDirectory(p) ? p : p.getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** Runs git in {@code dir}; null if it fails. */
    private static String git(Path dir, String... args) throws IOException {
        String[] cmd = new String[args.length + 3];
        cmd[0] = "git";
        cmd[1] = "-C";
        cmd[2] = dir.toString();
        System.arraycopy(args, 0, cmd, 3, args.length);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (InputStream in = p.getInputStream()) {
            String out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 ? out : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return null;
        }
    }
}
