package dev.eddy.cli.info;

import dev.eddy.cli.UserError;
import dev.eddy.data.DataFileException;
import dev.eddy.data.NetcdfReader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eddy info FILE.nc}: what a NetCDF file holds and how it was made. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = {"Print a NetCDF file's dimensions, variables (dims, shape, units) and provenance.",
            "Reads NetCDF-3 and NetCDF-4/HDF5. Exit code 2 with one line on stderr if the file is unreadable."})
public final class InfoCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.nc", description = "The NetCDF file to describe.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (NetcdfReader r = NetcdfReader.open(file)) {
            FileSummary.lines(r).forEach(spec.commandLine().getOut()::println);
        } catch (DataFileException e) {
            throw new UserError(e.getMessage(), e);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
