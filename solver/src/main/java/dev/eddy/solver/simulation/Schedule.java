package dev.eddy.solver.simulation;

/**
 * Which steps a run takes and which it saves. Model time is {@code t_n = n·dt} for step {@code n = 0, 1, …}; the run
 * ends at {@code totalSteps = round(tEnd/dt)}; frames are saved from {@code spinupSteps = round(spinup/dt)} on, every
 * {@code stepsPerSave = max(1, round(saveEvery/dt))} steps (the rule), so saved times are exact multiples of
 * dt and the {@code time} coordinate holds the times actually reached.
 *
 * @param totalSteps   last step of the run
 * @param spinupSteps  first saved step
 * @param stepsPerSave steps between saved frames
 */
public record Schedule(long totalSteps, long spinupSteps, long stepsPerSave) {

    public Schedule {
        if (totalSteps < 0 || spinupSteps < 0 || stepsPerSave < 1 || spinupSteps > totalSteps) {
            throw new IllegalArgumentException("invalid schedule: total " + totalSteps + ", spin-up " + spinupSteps
                    + ", steps per save " + stepsPerSave);
        }
    }

    /** The schedule for a run to model time {@code tEnd} with step {@code dt}. */
    public static Schedule of(double dt, double tEnd, double saveEvery, double spinup) {
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new IllegalArgumentException("time step must be positive and finite, got " + dt);
        }
        if (!(tEnd > 0) || !(saveEvery > 0) || !(spinup >= 0) || !Double.isFinite(tEnd)) {
            throw new IllegalArgumentException("t-end and save interval must be positive and spin-up non-negative");
        }
        if (spinup > tEnd) {
            throw new IllegalArgumentException("spin-up " + spinup + " is longer than t-end " + tEnd);
        }
        return new Schedule(Math.round(tEnd / dt), Math.round(spinup / dt), Math.max(1, Math.round(saveEvery / dt)));
    }

    /** Whether step {@code n} is saved. */
    public boolean saves(long n) {
        return n >= spinupSteps && (n - spinupSteps) % stepsPerSave == 0;
    }

    /** Number of frames a complete run saves. */
    public long frames() {
        return (totalSteps - spinupSteps) / stepsPerSave + 1;
    }

    /** The step at which frame {@code k} is saved. */
    public long stepOfFrame(long k) {
        return spinupSteps + k * stepsPerSave;
    }
}
