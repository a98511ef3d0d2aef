package dev.eddy.climate.qg;

import dev.eddy.data.Checkpoint;
import dev.eddy.data.DataFileException;
import dev.eddy.data.FrameWriter;
import dev.eddy.data.NetcdfFormat;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleConsumer;

/**
 * Runs an MM93 integration into a NetCDF file: spin-up (not saved), then one frame at t = 0 and every save interval up
 * to the run length, with checkpoints of the exact state so that {@link #resume} finishes bitwise identically to an
 * uninterrupted run.
 *
 * <p>Checkpoint contents: the PV-anomaly state {@code q}, the number of frames written, and a fingerprint of the run
 * settings (resolution, scheme, step, save interval, length) that must match on resume.
 */
public final class QgRun {
    /**
     * Run lengths in days.
     *
     * @param days          saved length after spin-up (≥ 0)
     * @param saveEveryDays interval between frames (&gt; 0), a whole number of steps
     * @param spinupDays    integrated but not saved (≥ 0), a whole number of steps
     * @param checkpointEveryDays interval between checkpoints (rounded up to whole save intervals)
     */
    public record Schedule(double days, double saveEveryDays, double spinupDays, double checkpointEveryDays) {
        public Schedule {
            if (!(days >= 0) || !Double.isFinite(days)) {
                throw new IllegalArgumentException("days must be >= 0, got " + days);
            }
            if (!(saveEveryDays > 0) || !Double.isFinite(saveEveryDays)) {
                throw new IllegalArgumentException("save interval must be positive, got " + saveEveryDays + " days");
            }
            if (!(spinupDays >= 0) || !Double.isFinite(spinupDays)) {
                throw new IllegalArgumentException("spin-up must be >= 0 days, got " + spinupDays);
            }
            if (!(checkpointEveryDays > 0)) {
                throw new IllegalArgumentException("checkpoint interval must be positive, got " + checkpointEveryDays);
            }
        }

        /** Number of frames including t = 0. */
        public int frames() {
            return (int) Math.floor(days / saveEveryDays + 1e-9) + 1;
        }
    }

    private final Mm93Integrator integrator;
    private final Schedule schedule;
    private final int stepsPerFrame;
    private final int spinupSteps;
    private final int framesPerCheckpoint;

    public QgRun(Mm93Integrator integrator, Schedule schedule) {
        this.integrator = integrator;
        this.schedule = schedule;
        this.stepsPerFrame = wholeSteps(schedule.saveEveryDays(), "save interval");
        this.spinupSteps = schedule.spinupDays() == 0 ? 0 : wholeSteps(schedule.spinupDays(), "spin-up");
        this.framesPerCheckpoint = Math.max(1, (int) Math.ceil(schedule.checkpointEveryDays() / schedule.saveEveryDays() - 1e-9));
    }

    private int wholeSteps(double days, String what) {
        return wholeSteps(days, integrator.stepSeconds(), what);
    }

    /**
     * The number of steps of {@code dtSeconds} in {@code days}.
     *
     * @throws IllegalArgumentException if it is not a positive whole number
     */
    public static int wholeSteps(double days, double dtSeconds, String what) {
        double steps = days * Mm93Parameters.DAY / dtSeconds;
        long rounded = Math.round(steps);
        if (rounded < 1 || Math.abs(steps - rounded) > 1e-6 * Math.max(1, steps)) {
            throw new IllegalArgumentException(what + " of " + days + " days is not a whole number of "
                    + dtSeconds + " s steps");
        }
        if (rounded > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(what + " is too long");
        }
        return (int) rounded;
    }

    /** Steps between saved frames. */
    public int stepsPerFrame() {
        return stepsPerFrame;
    }

    /** A text that identifies the settings that must not change across a resume. */
    public String fingerprint() {
        Mm93Model model = integrator.model();
        return "T" + model.transform().index().truncation() + " " + integrator.scheme() + " dt=" + integrator.stepSeconds()
                + " save=" + schedule.saveEveryDays() + " days=" + schedule.days() + " spinup=" + schedule.spinupDays()
                + " " + model.parameters();
    }

    /**
     * A fresh run from the PV-anomaly state {@code initial} (not modified).
     *
     * @param progress receives the completed fraction (0..1) after each frame
     */
    public void start(double[] initial, Path out, Path checkpoint, NetcdfFormat format, boolean overwrite,
                      Map<String, Object> globalAttributes, DoubleConsumer progress) {
        double[] q = initial.clone();
        integrator.prepare(q);
        integrator.step(q, spinupSteps);
        QgOutput output = new QgOutput(integrator.model());
        try (FrameWriter writer = FrameWriter.create(out, output.schema(globalAttributes), format, overwrite)) {
            writer.writeFrame(0, output.frame(q));
            writeCheckpoint(checkpoint, q, 1);
            continueRun(q, 1, writer, output, checkpoint, progress);
        }
    }

    /**
     * Finishes a run from its checkpoint; frames written after the checkpoint are dropped and recomputed.
     *
     * @throws DataFileException if the checkpoint belongs to another run or the output file lacks frames
     */
    public void resume(Path out, Path checkpoint, DoubleConsumer progress) {
        Checkpoint c = Checkpoint.read(checkpoint);
        if (!fingerprint().equals(c.meta("run"))) {
            throw new DataFileException("checkpoint " + checkpoint + " belongs to another run (" + c.meta("run") + ")");
        }
        int frames = Integer.parseInt(c.meta("frames"));
        double[] q = c.array("q");
        if (q.length != integrator.model().stateLength()) {
            throw new DataFileException("checkpoint " + checkpoint + " has a state of the wrong size");
        }
        QgOutput output = new QgOutput(integrator.model());
        try (FrameWriter writer = FrameWriter.resume(out, frames)) {
            continueRun(q, frames, writer, output, checkpoint, progress);
        }
    }

    private void continueRun(double[] q, int firstFrame, FrameWriter writer, QgOutput output, Path checkpoint,
                             DoubleConsumer progress) {
        int total = schedule.frames();
        for (int frame = firstFrame; frame < total; frame++) {
            integrator.step(q, stepsPerFrame);
            for (double v : q) {
                if (!Double.isFinite(v)) {
                    throw new ArithmeticException("the model state became non-finite before frame " + frame);
                }
            }
            writer.writeFrame(frame * schedule.saveEveryDays(), output.frame(q));
            if ((frame + 1) % framesPerCheckpoint == 0 || frame == total - 1) {
                writeCheckpoint(checkpoint, q, frame + 1);
            }
            progress.accept((frame + 1.0) / total);
        }
    }

    private void writeCheckpoint(Path checkpoint, double[] q, int frames) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("run", fingerprint());
        meta.put("frames", Integer.toString(frames));
        Checkpoint.write(checkpoint, Map.of("q", q), meta);
    }
}
