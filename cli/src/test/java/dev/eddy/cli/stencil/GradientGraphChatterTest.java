package dev.eddy.cli.stencil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GradientGraphChatterTest {

    @Test
    void dropsOnlyNd4jPerOpLinesAndRestoresStdout() {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        try {
            GradientGraphChatter.filtered(() -> {
                System.out.println("Added differentiated op conv2d_1");
                System.out.println("keep me");
                System.out.println("Added differentiated op relu");
            });
            assertSame(capture, System.out);
        } finally {
            System.setOut(saved);
        }
        assertEquals("keep me" + System.lineSeparator(), bytes.toString(StandardCharsets.UTF_8));
    }
}
