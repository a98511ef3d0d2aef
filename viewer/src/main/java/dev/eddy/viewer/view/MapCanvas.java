package dev.eddy.viewer.view;

import dev.eddy.viewer.service.Equirectangular;
import dev.eddy.viewer.service.LatLonBox;
import dev.eddy.viewer.service.Raster;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** The projected map: field picture, 30° graticule with labels, land outline and the blocking box. */
public final class MapCanvas extends Region {
    private final Canvas canvas = new Canvas();
    private final Equirectangular projection;
    private WritableImage image;
    private List<double[]> outline = List.of();
    private LatLonBox box;
    private double ox;
    private double oy;
    private double scale;

    public MapCanvas(Equirectangular projection) {
        this.projection = projection;
        getChildren().add(canvas);
        setMinSize(200, 120);
        setPrefSize(760, 400);
    }

    public void show(Raster raster) {
        image = raster == null ? null : FxImages.toImage(raster, image);
        draw();
    }

    public void setOutline(List<double[]> segments) {
        outline = List.copyOf(segments);
        draw();
    }

    /** The box to outline, or null. */
    public void setBox(LatLonBox newBox) {
        box = newBox;
        draw();
    }

    /** Canvas point to projected-picture point, or null outside the map. */
    public double[] toPicture(double x, double y) {
        if (scale <= 0) {
            return null;
        }
        double px = (x - ox) / scale;
        double py = (y - oy) / scale;
        return px < 0 || py < 0 || px >= projection.width() || py >= projection.height() ? null : new double[] {px, py};
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
        scale = Math.min((w - 50) / projection.width(), (h - 30) / projection.height());
        if (scale <= 0) {
            return;
        }
        ox = 40 + (w - 50 - projection.width() * scale) / 2;
        oy = 6;
        double mw = projection.width() * scale;
        double mh = projection.height() * scale;
        if (image != null) {
            g.setImageSmoothing(false);
            g.drawImage(image, ox, oy, mw, mh);
        }
        g.setStroke(Color.rgb(255, 255, 255, 0.45));
        g.setLineWidth(0.7);
        g.setFill(Color.BLACK);
        g.setFont(Font.font(10));
        for (int lon = -180; lon <= 180; lon += 30) {
            double x = ox + (lon + 180) / 360.0 * mw;
            g.strokeLine(x, oy, x, oy + mh);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            g.fillText(lon == 0 ? "0°" : Math.abs(lon) + (lon < 0 ? "°W" : "°E"), x, oy + mh + 3);
        }
        for (int lat = -90; lat <= 90; lat += 30) {
            double y = oy + projection.y(lat) * scale;
            g.strokeLine(ox, y, ox + mw, y);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(lat == 0 ? "0°" : Math.abs(lat) + (lat < 0 ? "°S" : "°N"), ox - 4, y);
        }
        g.setStroke(Color.BLACK);
        g.setLineWidth(1.3);
        for (double[] s : outline) {
            double x1 = projection.x(s[0]);
            double x2 = projection.x(s[2]);
            if (Math.abs(x2 - x1) > projection.width() / 2.0) {
                continue;
            }
            g.strokeLine(ox + x1 * scale, oy + projection.y(s[1]) * scale, ox + x2 * scale, oy + projection.y(s[3]) * scale);
        }
        if (box != null) {
            g.setStroke(Color.MAGENTA);
            g.setLineWidth(2.2);
            double x0 = projection.x(box.west());
            double x1 = projection.x(box.east());
            if (x1 <= x0) {
                x1 += projection.width();
            }
            double y0 = projection.y(box.north());
            double y1 = projection.y(box.south());
            g.strokeRect(ox + x0 * scale, oy + y0 * scale, (x1 - x0) * scale, (y1 - y0) * scale);
        }
        g.setLineWidth(1);
        g.setStroke(Color.gray(0.2));
        g.strokeRect(ox, oy, mw, mh);
    }
}
