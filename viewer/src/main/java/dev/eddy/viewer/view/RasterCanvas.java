package dev.eddy.viewer.view;

import dev.eddy.viewer.service.AxisTicks;
import dev.eddy.viewer.service.Field2D;
import dev.eddy.viewer.service.Raster;
import dev.eddy.viewer.viewmodel.Viewport;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws a field's picture with square cells inside axes labelled in the field's coordinates, showing the part given
 * by a {@link Viewport}. Reports mouse position in picture pixels (hover), scroll (zoom) and drags (pan) through
 * callbacks, so the view-model keeps the state.
 */
public final class RasterCanvas extends Region {
    private static final double LEFT = 56;
    private static final double BOTTOM = 34;
    private static final double TOP = 8;
    private static final double RIGHT = 8;

    private final Canvas canvas = new Canvas();
    private WritableImage image;
    private Field2D field;
    private Viewport viewport = Viewport.ALL;
    private double drawX;
    private double drawY;
    private double drawW;
    private double drawH;
    private double dragX;
    private double dragY;
    private HoverListener hover = (c, r) -> { };
    private Runnable exit = () -> { };
    private ZoomListener zoom = (f, x, y) -> { };
    private Consumer<double[]> pan = d -> { };

    /** Receives the picture pixel under the mouse. */
    @FunctionalInterface
    public interface HoverListener {
        void at(int column, int row);
    }

    /** Receives a zoom factor about a picture point in fractions. */
    @FunctionalInterface
    public interface ZoomListener {
        void zoom(double factor, double fx, double fy);
    }

    public RasterCanvas() {
        getChildren().add(canvas);
        setMinSize(120, 120);
        setPrefSize(520, 520);
        canvas.setOnMouseMoved(e -> {
            double[] p = picturePoint(e.getX(), e.getY());
            if (p == null || field == null) {
                exit.run();
            } else {
                hover.at((int) (p[0] * image.getWidth()), (int) (p[1] * image.getHeight()));
            }
        });
        canvas.setOnMouseExited(e -> exit.run());
        canvas.setOnScroll(e -> {
            double[] p = picturePoint(e.getX(), e.getY());
            if (p != null && e.getDeltaY() != 0) {
                zoom.zoom(e.getDeltaY() > 0 ? 1.25 : 0.8, p[0], p[1]);
            }
        });
        canvas.setOnMousePressed(e -> {
            dragX = e.getX();
            dragY = e.getY();
        });
        canvas.setOnMouseDragged(e -> {
            if (drawW > 0 && drawH > 0) {
                pan.accept(new double[] {-(e.getX() - dragX) / drawW * viewport.width(), -(e.getY() - dragY) / drawH * viewport.height()});
            }
            dragX = e.getX();
            dragY = e.getY();
        });
    }

    public void onHover(HoverListener listener, Runnable onExit) {
        hover = listener;
        exit = onExit;
    }

    public void onZoom(ZoomListener listener) {
        zoom = listener;
    }

    public void onPan(Consumer<double[]> listener) {
        pan = listener;
    }

    /** Shows a new frame. */
    public void show(Field2D newField, Raster raster) {
        field = newField;
        image = raster == null ? null : FxImages.toImage(raster, image);
        draw();
    }

    public void setViewport(Viewport v) {
        viewport = v;
        draw();
    }

    /** The image currently drawn (tests). */
    public WritableImage image() {
        return image;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private double[] picturePoint(double x, double y) {
        if (image == null || x < drawX || y < drawY || x >= drawX + drawW || y >= drawY + drawH) {
            return null;
        }
        return viewport.toPicture((x - drawX) / drawW, (y - drawY) / drawH);
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (image == null || field == null) {
            return;
        }
        double sw = image.getWidth() * viewport.width();
        double sh = image.getHeight() * viewport.height();
        double availW = w - LEFT - RIGHT;
        double availH = h - TOP - BOTTOM;
        double scale = Math.min(availW / sw, availH / sh);
        if (scale <= 0) {
            return;
        }
        drawW = sw * scale;
        drawH = sh * scale;
        drawX = LEFT + (availW - drawW) / 2;
        drawY = TOP + (availH - drawH) / 2;
        g.setImageSmoothing(false);
        g.setFill(Color.gray(0.85));
        g.fillRect(drawX, drawY, drawW, drawH);
        g.drawImage(image, viewport.x() * image.getWidth(), viewport.y() * image.getHeight(), sw, sh, drawX, drawY, drawW, drawH);
        g.setStroke(Color.gray(0.2));
        g.strokeRect(drawX, drawY, drawW, drawH);
        drawAxes(g);
    }

    private void drawAxes(GraphicsContext g) {
        double[] x = field.x();
        double[] y = field.y();
        int nx = x.length;
        int ny = y.length;
        // picture fraction f covers cell index f*n - 0.5 (cell centres at (i + 0.5)/n)
        double xFirst = coordinateAt(x, viewport.x() * nx - 0.5);
        double xLast = coordinateAt(x, (viewport.x() + viewport.width()) * nx - 0.5);
        boolean up = field.yAscending();
        double rowTop = viewport.y() * ny - 0.5;
        double rowBottom = (viewport.y() + viewport.height()) * ny - 0.5;
        double yTop = coordinateAt(y, up ? ny - 1 - rowTop : rowTop);
        double yBottom = coordinateAt(y, up ? ny - 1 - rowBottom : rowBottom);
        g.setFill(Color.BLACK);
        g.setStroke(Color.gray(0.2));
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (AxisTicks.Tick t : AxisTicks.linear(Math.min(xFirst, xLast), Math.max(xFirst, xLast), 6)) {
            double px = drawX + (t.value() - xFirst) / (xLast - xFirst) * drawW;
            g.strokeLine(px, drawY + drawH, px, drawY + drawH + 4);
            g.fillText(t.label(), px, drawY + drawH + 6);
        }
        g.fillText(field.xName(), drawX + drawW / 2, drawY + drawH + 19);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (AxisTicks.Tick t : AxisTicks.linear(Math.min(yTop, yBottom), Math.max(yTop, yBottom), 6)) {
            double py = drawY + (t.value() - yTop) / (yBottom - yTop) * drawH;
            g.strokeLine(drawX - 4, py, drawX, py);
            g.fillText(t.label(), drawX - 6, py);
        }
        g.save();
        g.translate(Math.max(12, drawX - 44), drawY + drawH / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(field.yName(), 0, 0);
        g.restore();
    }

    /** Coordinate at a fractional index, extrapolating linearly from the nearest two values. */
    private static double coordinateAt(double[] c, double index) {
        if (c.length == 1) {
            return c[0] + index;
        }
        int i = (int) Math.max(0, Math.min(c.length - 2, Math.floor(index)));
        return c[i] + (index - i) * (c[i + 1] - c[i]);
    }
}
