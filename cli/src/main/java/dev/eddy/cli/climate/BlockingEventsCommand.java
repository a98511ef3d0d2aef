package dev.eddy.cli.climate;

import dev.eddy.cli.UserError;
import dev.eddy.climate.blocking.BlockingEvents;
import dev.eddy.climate.blocking.BlockingIndexFile;
import dev.eddy.climate.blocking.EventTable;
import dev.eddy.data.DataFileException;
import dev.eddy.data.Provenance;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eddy blocking events}: blocking events from an index file. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Blocking events from an index: onset when the index first reaches the threshold, persistence in days",
            "with a tolerated gap; events cut by the start or end of the series are dropped.",
            "Writes CSV (event,onset_day,end_day,duration_days,peak,peak_day) or NetCDF if OUT ends in .nc."})
public final class BlockingEventsCommand implements Runnable {
    @Option(names = "--index", required = true, description = "Index file from 'eddy blocking index'.")
    Path index;

    @Option(names = "--threshold", defaultValue = "1.5sigma", description = "1.5sigma (mean + 1.5 sd), 90p (percentile) or a number. Default: ${DEFAULT-VALUE}.")
    String threshold;

    @Option(names = "--min-days", defaultValue = "5", description = "Minimum duration [days]. Default: ${DEFAULT-VALUE}.")
    double minDays;

    @Option(names = "--gap", defaultValue = "1", description = "Longest tolerated gap below the threshold [days]. Default: ${DEFAULT-VALUE}.")
    double gap;

    @Option(names = "--out", required = true, description = "events.csv or events.nc.")
    Path out;

    @Option(names = "--overwrite", description = "Replace an existing output file.")
    boolean overwrite;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        if (!(minDays >= 0) || !(gap >= 0)) {
            throw new UserError("--min-days and --gap must not be negative");
        }
        if (Files.exists(out) && !overwrite) {
            throw new UserError(out + " already exists (use --overwrite)");
        }
        try {
            BlockingEvents.Threshold th = BlockingEvents.Threshold.parse(threshold);
            BlockingIndexFile.IndexSeries series = BlockingIndexFile.read(index);
            double theta = th.resolve(series.values());
            List<BlockingEvents.Event> events = BlockingEvents.detect(series.time(), series.values(), theta, minDays, gap);
            if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".nc")) {
                String units = "days" + series.timeUnits().substring(series.timeUnits().toLowerCase(Locale.ROOT).indexOf(" since "));
                EventTable.writeNetcdf(out, events, units, Provenance.of("eddy blocking events --index " + index + " --threshold "
                        + threshold + " --min-days " + minDays + " --gap " + gap + " --out " + out,
                        "threshold=" + th + " theta=" + theta + " min_days=" + minDays + " gap=" + gap, 0), overwrite);
            } else {
                EventTable.writeCsv(out, events);
            }
            double total = events.stream().mapToDouble(BlockingEvents.Event::duration).sum();
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "%d events, threshold %.4g (%s), %.1f event days of %.1f%n", events.size(), theta, th, total,
                    series.time().length < 2 ? 0 : series.time()[series.time().length - 1] - series.time()[0]);
        } catch (IllegalArgumentException | DataFileException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}
