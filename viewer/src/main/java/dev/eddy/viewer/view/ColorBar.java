package dev.eddy.viewer.view;

import dev.eddy.viewer.service.AxisTicks;
import dev.eddy.viewer.service.ColorLimits;
import dev.eddy.viewer.service.Colormap;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** A vertical colour bar with tick labels and the units, drawn on a canvas that fills this region. */
public final class ColorBar extends Region {
    private final Canvas canvas = new Canvas();
    private Colormap colormap;
    private ColorLimits limits;
    private String units = "";

    public ColorBar() {
        getChildren().add(canvas);
        setMinWidth(90);
        setPrefWidth(90);
        widthProperty().addListener((o, a, b) -> draw());
        heightProperty().addListener((o, a, b) -> draw());
    }

    /** Shows this map, limits and units (null limits draw nothing). */
    public void show(Colormap map, ColorLimits newLimits, String newUnits) {
        colormap = map;
        limits = newLimits;
        units = newUnits == null ? "" : newUnits;
        draw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (colormap == null || limits == null || h < 60) {
            return;
        }
        double top = 30;
        double bottom = h - 20;
        double barX = 8;
        double barW = 18;
        for (int y = (int) top; y < bottom; y++) {
            double t = 1 - (y - top) / (bottom - top);
            int argb = colormap.argb(t);
            g.setFill(Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF));
            g.fillRect(barX, y, barW, 1);
        }
        g.setStroke(Color.gray(0.3));
        g.strokeRect(barX, top, barW, bottom - top);
        g.setFill(Color.BLACK);
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (AxisTicks.Tick tick : AxisTicks.linear(limits.low(), limits.high(), 6)) {
            double y = bottom - limits.normalise(tick.value()) * (bottom - top);
            g.strokeLine(barX + barW, y, barX + barW + 4, y);
            g.fillText(tick.label(), barX + barW + 6, y);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(units.isEmpty() ? "(no units)" : units, 4, 12);
    }
}
