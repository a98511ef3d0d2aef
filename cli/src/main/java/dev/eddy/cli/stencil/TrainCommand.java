package dev.eddy.cli.stencil;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code eddy train}: train a learned-interpolation or temporal-stencil model through the differentiable FV step. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a learned solver (LI or TSM) end to end through the differentiable finite-volume step.",
        subcommands = {TrainModelCommand.Li.class, TrainModelCommand.Tsm.class})
public final class TrainCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
