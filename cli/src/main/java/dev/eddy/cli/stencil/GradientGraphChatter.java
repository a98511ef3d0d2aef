package dev.eddy.cli.stencil;

import java.io.PrintStream;

/**
 * ND4J 1.0.0-M2.1's {@code SameDiff} prints {@code "Added differentiated op <name>"} with {@code System.out.println}
 * for every op while it builds a gradient graph (thousands of lines, not a logger, so it cannot be configured).
 * This stream drops exactly those lines and passes everything else to the real stdout; install it around training.
 */
final class GradientGraphChatter extends PrintStream {

    private static final String PREFIX = "Added differentiated op ";

    private GradientGraphChatter(PrintStream target) {
        super(target, true);
    }

    /** Runs {@code body} with the chatter filtered from {@code System.out}, restoring the stream afterwards. */
    static void filtered(Runnable body) {
        PrintStream original = System.out;
        System.setOut(new GradientGraphChatter(original));
        try {
            body.run();
        } finally {
            System.setOut(original);
        }
    }

    @Override
    public void println(String line) {
        if (line == null || !line.startsWith(PREFIX)) {
            super.println(line);
        }
    }
}
