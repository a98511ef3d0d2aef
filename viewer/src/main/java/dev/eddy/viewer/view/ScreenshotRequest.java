package dev.eddy.viewer.view;

import dev.eddy.viewer.viewmodel.Layout;
import java.nio.file.Path;
import java.util.List;

/**
 * What to render headlessly.
 *
 * @param files    files to open (the compare layout needs 2–4; others show the last one)
 * @param indexFiles blocking index or events files shown under the map
 * @param output   PNG to write
 * @param layout   view to render
 * @param time     time value to show (nearest frame), or null for the first frame
 * @param variable variable to show, or null for the default
 * @param width    picture width in pixels
 * @param height   picture height in pixels
 */
public record ScreenshotRequest(List<Path> files, List<Path> indexFiles, Path output, Layout layout, Double time, String variable, int width, int height) {
    public ScreenshotRequest {
        files = List.copyOf(files);
        indexFiles = List.copyOf(indexFiles);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no file to render");
        }
    }
}
