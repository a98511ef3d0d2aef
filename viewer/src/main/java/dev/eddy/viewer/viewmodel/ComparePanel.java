package dev.eddy.viewer.viewmodel;

import dev.eddy.viewer.service.ColorLimits;
import dev.eddy.viewer.service.Colormap;
import dev.eddy.viewer.service.Field2D;
import dev.eddy.viewer.service.Raster;

/**
 * One rendered panel of the compare view.
 *
 * @param title    file name (or "difference")
 * @param subtitle time and variable shown
 * @param field    the frame drawn
 * @param raster   its picture
 * @param limits   colour limits used (shared by all file panels)
 * @param colormap colormap used
 */
public record ComparePanel(String title, String subtitle, Field2D field, Raster raster, ColorLimits limits, Colormap colormap) {
}
