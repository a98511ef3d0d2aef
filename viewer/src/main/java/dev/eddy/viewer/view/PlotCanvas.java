package dev.eddy.viewer.view;

import dev.eddy.viewer.service.AxisTicks;
import dev.eddy.viewer.service.TimeSeries;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A line plot on a canvas: several curves, linear or log–log axes, optional horizontal reference lines
 * (e.g. correlation thresholds) and shaded x intervals (events), with a legend.
 */
public final class PlotCanvas extends Region {
    private static final Color[] PALETTE = {Color.web("#1f4e99"), Color.web("#c0392b"), Color.web("#2e8b57"),
        Color.web("#8e44ad"), Color.web("#d35400")};
    private final Canvas canvas = new Canvas();
    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final boolean logLog;
    private List<TimeSeries> curves = List.of();
    private double[] references = {};
    private List<double[]> spans = List.of();
    private double marker = Double.NaN;

    public PlotCanvas(String title, String xLabel, String yLabel, boolean logLog) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.logLog = logLog;
        getChildren().add(canvas);
        setMinSize(200, 150);
        setPrefSize(460, 300);
    }

    /** Curves to draw. */
    public void setCurves(List<TimeSeries> newCurves) {
        curves = List.copyOf(newCurves);
        draw();
    }

    /** Horizontal dashed lines at these y values. */
    public void setReferenceLines(double... ys) {
        references = ys.clone();
        draw();
    }

    /** Shaded x intervals {start, end}. */
    public void setSpans(List<double[]> newSpans) {
        spans = List.copyOf(newSpans);
        draw();
    }

    /** A vertical line at x (NaN for none), e.g. the current time. */
    public void setMarker(double x) {
        marker = x;
        draw();
    }

    /** Number of curves drawn (tests). */
    public int curveCount() {
        return curves.size();
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
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        double left = 64;
        double right = w - 12;
        double top = 24;
        double bottom = h - 36;
        g.setFill(Color.BLACK);
        g.setFont(Font.font(null, FontWeight.BOLD, 12));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(title, w / 2, 4);
        double[] range = ranges();
        if (range == null || right <= left || bottom <= top) {
            g.setFont(Font.font(11));
            g.fillText("no data", w / 2, h / 2);
            return;
        }
        Scale sx = new Scale(range[0], range[1], left, right, logLog);
        Scale sy = new Scale(range[2], range[3], bottom, top, logLog);
        g.setFill(Color.rgb(255, 200, 0, 0.25));
        for (double[] s : spans) {
            double x0 = sx.map(s[0]);
            double x1 = sx.map(s[1]);
            g.fillRect(Math.min(x0, x1), top, Math.max(2, Math.abs(x1 - x0)), bottom - top);
        }
        g.setStroke(Color.gray(0.3));
        g.setLineWidth(1);
        g.strokeRect(left, top, right - left, bottom - top);
        g.setFont(Font.font(11));
        g.setFill(Color.BLACK);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (AxisTicks.Tick t : ticks(range[0], range[1])) {
            double x = sx.map(t.value());
            g.strokeLine(x, bottom, x, bottom + 4);
            g.fillText(t.label(), x, bottom + 5);
        }
        g.fillText(xLabel, (left + right) / 2, bottom + 19);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (AxisTicks.Tick t : ticks(range[2], range[3])) {
            double y = sy.map(t.value());
            g.strokeLine(left - 4, y, left, y);
            g.fillText(t.label(), left - 6, y);
        }
        g.save();
        g.translate(10, (top + bottom) / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(yLabel, 0, 0);
        g.restore();
        g.setLineDashes(6, 4);
        g.setStroke(Color.gray(0.45));
        for (double r : references) {
            if (r >= range[2] && r <= range[3]) {
                double y = sy.map(r);
                g.strokeLine(left, y, right, y);
                g.setTextAlign(TextAlignment.RIGHT);
                g.fillText(AxisTicks.value(r), right - 4, y - 7);
            }
        }
        if (Double.isFinite(marker) && marker >= range[0] && marker <= range[1]) {
            g.setStroke(Color.gray(0.6));
            g.strokeLine(sx.map(marker), top, sx.map(marker), bottom);
        }
        g.setLineDashes();
        g.save();
        g.beginPath();
        g.rect(left, top, right - left, bottom - top);
        g.clip();
        g.setLineWidth(1.6);
        for (int c = 0; c < curves.size(); c++) {
            TimeSeries s = curves.get(c);
            g.setStroke(PALETTE[c % PALETTE.length]);
            g.beginPath();
            boolean pen = false;
            for (int i = 0; i < s.size(); i++) {
                double x = s.x()[i];
                double y = s.y()[i];
                if (!sx.valid(x) || !sy.valid(y)) {
                    pen = false;
                    continue;
                }
                if (pen) {
                    g.lineTo(sx.map(x), sy.map(y));
                } else {
                    g.moveTo(sx.map(x), sy.map(y));
                    pen = true;
                }
            }
            g.stroke();
        }
        g.restore();
        for (int c = 0; c < curves.size(); c++) {
            g.setFill(PALETTE[c % PALETTE.length]);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.fillText(curves.get(c).name(), left + 8, bottom - 18 - 14 * (curves.size() - 1 - c));
        }
        g.setLineWidth(1);
    }

    private List<AxisTicks.Tick> ticks(double lo, double hi) {
        if (logLog) {
            List<AxisTicks.Tick> t = AxisTicks.logarithmic(lo, hi);
            return t.size() >= 2 ? t : List.of(new AxisTicks.Tick(lo, AxisTicks.value(lo)), new AxisTicks.Tick(hi, AxisTicks.value(hi)));
        }
        return AxisTicks.linear(lo, hi, 6);
    }

    /** {xmin, xmax, ymin, ymax} over valid points (positive for log axes), padded; null if there are none. */
    private double[] ranges() {
        List<Double> xs = new ArrayList<>();
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (TimeSeries s : curves) {
            for (int i = 0; i < s.size(); i++) {
                double x = s.x()[i];
                double y = s.y()[i];
                if (Double.isFinite(x) && Double.isFinite(y) && (!logLog || (x > 0 && y > 0))) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                    xs.add(x);
                }
            }
        }
        if (xs.isEmpty()) {
            return null;
        }
        for (double r : references) {
            y0 = Math.min(y0, r);
            y1 = Math.max(y1, r);
        }
        if (logLog) {
            y0 = Math.max(y0, y1 * 1e-12);
            return new double[] {x0, x1 > x0 ? x1 : x0 * 10, y0 / 1.5, y1 * 1.5};
        }
        double pad = (y1 - y0) * 0.05;
        if (pad == 0) {
            pad = Math.abs(y0) * 0.05 + 1e-12;
        }
        return new double[] {x0, x1 > x0 ? x1 : x0 + 1, y0 - pad, y1 + pad};
    }

    /** Maps data values to pixels, linearly or logarithmically. */
    private record Scale(double lo, double hi, double p0, double p1, boolean log) {
        double map(double v) {
            double u = log ? (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)) : (v - lo) / (hi - lo);
            return p0 + u * (p1 - p0);
        }

        boolean valid(double v) {
            return Double.isFinite(v) && (!log || v > 0);
        }
    }
}
