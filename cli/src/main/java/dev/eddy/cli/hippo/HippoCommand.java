package dev.eddy.cli.hippo;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code eddy hippo}: HiPPO operators, S4D kernels, online projection and PTD (module {@code hippo}). */
@Command(name = "hippo", mixinStandardHelpOptions = true,
        description = "HiPPO operators and discretizations, S4D kernels, online projection, perturb-then-diagonalize.",
        subcommands = {TransitionCommand.class, S4dKernelCommand.class, ProjectCommand.class, PtdCommand.class})
public final class HippoCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
