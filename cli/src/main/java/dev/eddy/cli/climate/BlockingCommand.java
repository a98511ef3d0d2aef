package dev.eddy.cli.climate;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code eddy blocking}: blocking indices and events from Z500. */
@Command(name = "blocking", description = "Atmospheric blocking index and events from 500 hPa geopotential height.",
        mixinStandardHelpOptions = true, subcommands = {BlockingIndexCommand.class, BlockingEventsCommand.class})
public final class BlockingCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
