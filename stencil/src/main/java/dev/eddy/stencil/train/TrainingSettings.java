package dev.eddy.stencil.train;

/**
 * The optimisation loop's settings.
 *
 * @param steps           total training steps T (the cosine schedule ends there)
 * @param batch           windows per step
 * @param warmupSteps     linear LR warm-up steps W &lt; T
 * @param peakLearningRate peak learning rate
 * @param seed            batch-sampling seed (never 0)
 * @param checkpointEvery write a checkpoint every this many steps (and at the end)
 */
public record TrainingSettings(int steps, int batch, int warmupSteps, double peakLearningRate, long seed,
        int checkpointEvery) {

    public TrainingSettings {
        if (steps < 1 || batch < 1 || checkpointEvery < 1) {
            throw new IllegalArgumentException("steps, batch and checkpointEvery must be ≥ 1");
        }
        if (seed == 0) {
            throw new IllegalArgumentException("seed 0 is not allowed (not reproducible in ND4J); pick another");
        }
        new LearningRateSchedule(peakLearningRate, warmupSteps, steps);
    }

    public LearningRateSchedule schedule() {
        return new LearningRateSchedule(peakLearningRate, warmupSteps, steps);
    }
}
