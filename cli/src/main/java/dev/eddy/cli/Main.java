package dev.eddy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The {@code eddy} command: thin picocli shells over the modules' services.
 *
 * <p>Error protocol: a {@link UserError} or a picocli parameter error prints one line {@code eddy: <message>} on
 * stderr and exits with {@link ExitCodes#USAGE} (2); any other exception is a bug in eddy and exits with
 * {@link ExitCodes#INTERNAL} (1) after one line naming it ({@code --debug} adds the stack trace).
 */
@Command(
        name = "eddy",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "eddy: a workbench for neural PDE solvers and scientific ML.",
            "Generates 2-D turbulence (finite-volume and pseudo-spectral Navier-Stokes), trains learned solvers, runs "
                + "HiPPO/S4D tools and the Marshall-Molteni QG climate model with blocking diagnostics, writes CF-NetCDF "
                + "and shows it in a desktop viewer."
        },
        subcommands = {
            CommandLine.HelpCommand.class,
            dev.eddy.cli.simulate.SimulateCommand.class,
            dev.eddy.cli.info.InfoCommand.class,
            dev.eddy.cli.dataset.DatasetCommand.class,
            dev.eddy.cli.stencil.TrainCommand.class,
            dev.eddy.cli.stencil.EvaluateCommand.class,
            dev.eddy.cli.hippo.HippoCommand.class,
            dev.eddy.cli.climate.QgCommand.class,
            dev.eddy.cli.climate.BlockingCommand.class,
            dev.eddy.cli.view.ViewCommand.class,
        },
        footer = {"", "Run 'eddy COMMAND --help' for a command's options.",
            "Exit codes: 0 ok, 1 internal error, 2 bad input (one line on stderr), 3 the run stopped itself "
                + "(e.g. a simulation blew up)."})
public final class Main implements Runnable {

    @Option(names = "--debug", description = "Print stack traces of internal errors.", scope = CommandLine.ScopeType.INHERIT)
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        int code = execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        System.exit(code);
    }

    /** Runs the command line and returns the exit code, writing to the given streams (used by tests). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        Main root = new Main();
        CommandLine cli = new CommandLine(root);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(Main::onParameterError);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> onExecutionError(ex, commandLine, root.debug));
        return cli.execute(args);
    }

    private static int onParameterError(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        cmd.getErr().println("eddy: " + oneLine(ex.getMessage()) + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
        return ExitCodes.USAGE;
    }

    private static int onExecutionError(Exception ex, CommandLine cmd, boolean debug) {
        PrintWriter err = cmd.getErr();
        Throwable userCause = userCause(ex);
        if (userCause != null) {
            err.println("eddy: " + oneLine(userCause.getMessage()));
            return ExitCodes.USAGE;
        }
        if (ex instanceof RunFailed failed) {
            err.println("eddy: " + oneLine(failed.getMessage()));
            return ExitCodes.RUN_FAILED;
        }
        err.println("eddy: internal error: " + ex.getClass().getSimpleName() + ": " + oneLine(String.valueOf(ex.getMessage()))
                + (debug ? "" : " (rerun with --debug for details)"));
        if (debug) {
            ex.printStackTrace(err);
        }
        return ExitCodes.INTERNAL;
    }

    /** The user-caused failure behind {@code ex}, if any: a {@link UserError} or an unreadable-input error. */
    private static Throwable userCause(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof UserError || UserErrors.isUserCaused(t)) {
                return t;
            }
        }
        return null;
    }

    static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Reads the version stamped into {@code eddy-version.properties} by Maven. */
    public static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/eddy-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {
                "eddy " + p.getProperty("version", "unknown"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                        + System.getProperty("os.name") + " " + System.getProperty("os.arch")
            };
        }
    }
}
