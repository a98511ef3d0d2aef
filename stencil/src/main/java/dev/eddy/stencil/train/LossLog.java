package dev.eddy.stencil.train;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The learning curve of a run, {@code loss.csv} in the run directory: one line per Adam step
 * ({@code step,loss,learning_rate,applied,seconds}, seconds since this process started training), flushed as it is
 * written. On resume the lines of steps after the restored checkpoint are dropped first, so the file always
 * describes the run the parameters came from.
 */
public final class LossLog implements Trainer.StepListener, AutoCloseable {

    /** Name of the file in the run directory. */
    public static final String FILE = "loss.csv";
    private static final String HEADER = "step,loss,learning_rate,applied,seconds";

    private final BufferedWriter out;
    private final Trainer.StepListener next;
    private final long start = System.nanoTime();

    private LossLog(BufferedWriter out, Trainer.StepListener next) {
        this.out = out;
        this.next = next;
    }

    /**
     * @param keepSteps lines of steps 1..keepSteps already in the file are kept (the restored step), the rest dropped
     * @param next      the listener to forward every step to (may be null)
     */
    public static LossLog open(Path runDirectory, long keepSteps, Trainer.StepListener next) {
        Path file = runDirectory.resolve(FILE);
        try {
            List<String> kept = new ArrayList<>(List.of(HEADER));
            if (keepSteps > 0 && Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    int comma = line.indexOf(',');
                    if (comma > 0 && !line.startsWith("step,") && Long.parseLong(line.substring(0, comma)) <= keepSteps) {
                        kept.add(line);
                    }
                }
            }
            Files.write(file, kept, StandardCharsets.UTF_8);
            return new LossLog(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND), next);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void onStep(long step, double loss, double learningRate, boolean applied) {
        try {
            out.write(String.format(Locale.ROOT, "%d,%.9e,%.9e,%b,%.3f%n", step, loss, learningRate, applied,
                    (System.nanoTime() - start) / 1e9));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + FILE + ": " + e.getMessage(), e);
        }
        if (next != null) {
            next.onStep(step, loss, learningRate, applied);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + FILE + ": " + e.getMessage(), e);
        }
    }
}
