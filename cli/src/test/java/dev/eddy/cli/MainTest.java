package dev.eddy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void helpListsCommandsAndExitCodes() {
        CliRunner r = CliRunner.run("--help");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("Usage: eddy"), r.out());
        assertTrue(r.out().contains("Exit codes"), r.out());
    }

    @Test
    void versionNamesEddyAndJava() {
        CliRunner r = CliRunner.run("--version");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("eddy "), r.out());
        assertTrue(r.out().contains("Java "), r.out());
    }

    @Test
    void unknownOptionIsOneLineWithExitCode2() {
        CliRunner r = CliRunner.run("--no-such-option");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("eddy: "), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void oneLineJoinsMultiLineMessages() {
        assertEquals("a b c", Main.oneLine(" a\n  b\r\nc \n"));
    }

    @Test
    void progressDrawsBarWithPercentAndEta() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Progress p = Progress.to(new PrintStream(bytes, true, StandardCharsets.UTF_8), "run", 10)) {
            p.advanceTo(0);
            p.advanceTo(10);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("100.0%"), text);
        assertTrue(text.contains("ETA"), text);
    }

    @Test
    void durationFormat() {
        assertEquals("1:05", Progress.format(Duration.ofSeconds(65)));
        assertEquals("2:00:01", Progress.format(Duration.ofSeconds(7201)));
    }
}
