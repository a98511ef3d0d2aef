package dev.eddy.cli.dataset;

import picocli.CommandLine.Command;

/** {@code eddy dataset}: training and test data for learned solvers. */
@Command(name = "dataset", mixinStandardHelpOptions = true,
        description = "Generate training/test data for learned solvers (DNS downsampled to the learned model's grid).",
        subcommands = KolmogorovDatasetCommand.class)
public final class DatasetCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
