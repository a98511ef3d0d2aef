package dev.eddy.cli.view;

import dev.eddy.cli.UserError;
import dev.eddy.viewer.service.ViewerException;
import dev.eddy.viewer.view.HeadlessScreenshot;
import dev.eddy.viewer.view.ScreenshotRequest;
import dev.eddy.viewer.view.ViewerLauncher;
import dev.eddy.viewer.viewmodel.Layout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eddy view}: opens the viewer window, or with {@code --screenshot} renders one view to a PNG without a
 * display. A thin shell over {@link ViewerLauncher} and {@link HeadlessScreenshot}.
 */
@Command(name = "view", mixinStandardHelpOptions = true,
        description = {"Show NetCDF files in the eddy viewer (field, compare, plots, lat-lon map).",
            "With --screenshot, render one view to a PNG headlessly and exit (for scripts and docs)."})
public final class ViewCommand implements Callable<Integer> {

    @Parameters(arity = "0..4", paramLabel = "FILE", description = "NetCDF files; compare takes 2 to 4, the first is the reference.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--screenshot", paramLabel = "PNG", description = "Render to this PNG without opening a window.")
    Path screenshot;

    @Option(names = "--time", paramLabel = "T", description = "Time to show (nearest saved frame; default: the first).")
    Double time;

    @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "field",
            description = "View for --screenshot: field, compare, plot or map (default: ${DEFAULT-VALUE}).")
    String layout;

    @Option(names = "--variable", paramLabel = "NAME", description = "Variable to show (default: vorticity or the first field).")
    String variable;

    @Option(names = "--index", paramLabel = "FILE.nc",
            description = "Blocking index (eddy blocking index) or events (eddy blocking events) file shown under the map.")
    Path index;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1280x860", description = "Screenshot size in pixels (default: ${DEFAULT-VALUE}).")
    String size;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            if (screenshot == null) {
                ViewerLauncher.open(files, index);
                return 0;
            }
            if (files.isEmpty()) {
                throw new UserError("--screenshot needs at least one FILE");
            }
            int[] wh = parseSize(size);
            List<Path> indexFiles = index == null ? List.of() : List.of(index);
            HeadlessScreenshot.render(new ScreenshotRequest(files, indexFiles, screenshot, Layout.parseForFiles(layout), time,
                    variable, wh[0], wh[1]));
            spec.commandLine().getOut().println("wrote " + screenshot);
            return 0;
        } catch (ViewerException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    static int[] parseSize(String text) {
        String[] parts = text.toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            int w = Integer.parseInt(parts[0].strip());
            int h = Integer.parseInt(parts[1].strip());
            if (parts.length == 2 && w >= 200 && h >= 150 && w <= 8000 && h <= 8000) {
                return new int[] {w, h};
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new UserError("--size must look like 1280x860, got '" + text + "'");
        }
        throw new UserError("--size must be between 200x150 and 8000x8000, got '" + text + "'");
    }
}
