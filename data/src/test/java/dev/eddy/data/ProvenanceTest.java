package dev.eddy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProvenanceTest {
    @Test
    void recordsCommandConfigSeedVersionsAndPlatform() {
        Map<String, Object> p = Provenance.of("eddy simulate --seed 9", "seed = 9", Long.MAX_VALUE);
        assertEquals("eddy simulate --seed 9", p.get("eddy_command"));
        assertEquals("seed = 9", p.get("eddy_config"));
        assertEquals("9223372036854775807", p.get("eddy_seed"), "exact for any long, also in NetCDF-3");
        assertEquals(System.getProperty("java.version"), p.get("java_version"));
        assertEquals(System.getProperty("java.vendor"), p.get("java_vendor"));
        assertEquals(System.getProperty("os.arch"), p.get("os_arch"));
        assertEquals(System.getProperty("os.name"), p.get("os_name"));
        Instant created = Instant.parse((String) p.get("date_created"));
        if (System.getenv("SOURCE_DATE_EPOCH") == null) {
            assertTrue(Duration.between(created, Instant.now()).abs().toSeconds() < 60);
        }
        assertTrue(((String) p.get("date_created")).endsWith("Z"), "UTC");
        assertEquals(p.get("date_created") + ": eddy simulate --seed 9", p.get("history"));
        assertEquals(List.of("title", "institution", "source", "history", "date_created", "eddy_command",
                "eddy_config", "eddy_seed", "eddy_version", "eddy_git_commit", "java_version", "java_vendor",
                "os_name", "os_arch"), List.copyOf(p.keySet()));
    }

    @Test
    void sourceDateEpochFixesTheCreationTime() {
        System.setProperty("eddy.source.date.epoch", "1700000000");
        try {
            Map<String, Object> p = Provenance.of("eddy x", "", 1);
            assertEquals("2023-11-14T22:13:20Z", p.get("date_created"));
            assertEquals("2023-11-14T22:13:20Z: eddy x", p.get("history"));
            System.setProperty("eddy.source.date.epoch", "yesterday");
            assertThrows(IllegalArgumentException.class, () -> Provenance.of("eddy x", "", 1));
        } finally {
            System.clearProperty("eddy.source.date.epoch");
        }
    }

    @Test
    void versionComesFromTheMavenFilteredResource() {
        String v = Provenance.version();
        assertFalse(v.equals("unknown") || v.contains("${"), v);
        assertTrue(v.matches("\\d+\\.\\d+\\.\\d+.*"), v);
    }

    @Test
    void gitCommitIsAShaOrSaysWhyNot() {
        String c = Provenance.gitCommit();
        assertTrue(c.matches("[0-9a-f]{40}(-dirty)?") || c.startsWith("unknown ("), c);
    }
}
