package dev.eddy.cli.climate;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code eddy qg}: the Marshall–Molteni three-level QG model. */
@Command(name = "qg", description = "Marshall-Molteni (1993) three-level quasi-geostrophic model on the sphere.",
        mixinStandardHelpOptions = true, subcommands = {QgRunCommand.class, QgForcingCommand.class})
public final class QgCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
