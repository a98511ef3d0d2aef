package dev.eddy.viewer.viewmodel;

import dev.eddy.viewer.service.AxisTicks;
import dev.eddy.viewer.service.ColorLimits;
import dev.eddy.viewer.service.Colormap;
import dev.eddy.viewer.service.Colormaps;
import dev.eddy.viewer.service.DiagnosticsService;
import dev.eddy.viewer.service.Equirectangular;
import dev.eddy.viewer.service.Field2D;
import dev.eddy.viewer.service.FieldVariable;
import dev.eddy.viewer.service.FrameCache;
import dev.eddy.viewer.service.IndexEvents;
import dev.eddy.viewer.service.LandOutline;
import dev.eddy.viewer.service.LatLonBox;
import dev.eddy.viewer.service.LimitMode;
import dev.eddy.viewer.service.Raster;
import dev.eddy.viewer.service.TimeSeries;
import dev.eddy.viewer.service.TrajectorySource;
import dev.eddy.viewer.service.ViewerException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Lat–lon maps of QG output: a field (e.g. geopotential height or stream function at a level) in the equirectangular
 * projection with Greenwich in the middle, the land outline (from a mask in the file, else the shipped T21 surface
 * table), the blocking box, and an index time series with events when an index file is open.
 */
public final class MapViewModel {
    /** Picture size of the projected map. */
    public static final Equirectangular PROJECTION = new Equirectangular(720, 360, -180);

    private final ViewerContext context;
    private final LatestOnlyExecutor renderer;
    private final ReadOnlyObjectWrapper<FrameCache> frames = new ReadOnlyObjectWrapper<>();
    private final ObservableList<FieldVariable> variables = FXCollections.observableArrayList();
    private final ObjectProperty<FieldVariable> variable = new SimpleObjectProperty<>();
    private final IntegerProperty timeIndex = new SimpleIntegerProperty();
    private final ReadOnlyIntegerWrapper timeCount = new ReadOnlyIntegerWrapper();
    private final IntegerProperty levelIndex = new SimpleIntegerProperty();
    private final ReadOnlyIntegerWrapper levelCount = new ReadOnlyIntegerWrapper(1);
    private final ObjectProperty<Colormap> colormap = new SimpleObjectProperty<>(Colormaps.sequential());
    private final ObjectProperty<LimitMode> limitMode = new SimpleObjectProperty<>(LimitMode.ROBUST);
    private final BooleanProperty showBox = new SimpleBooleanProperty(true);
    private final ObjectProperty<LatLonBox> box = new SimpleObjectProperty<>(LatLonBox.atlanticBlocking());
    private final ReadOnlyObjectWrapper<Raster> raster = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ColorLimits> limits = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Field2D> field = new ReadOnlyObjectWrapper<>();
    private final ObservableList<double[]> outline = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper outlineSource = new ReadOnlyStringWrapper("");
    private final ObservableList<TimeSeries> index = FXCollections.observableArrayList();
    private final ObservableList<double[]> events = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper timeLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper rendered = new ReadOnlyIntegerWrapper();
    private final javafx.beans.property.ReadOnlyDoubleWrapper time = new javafx.beans.property.ReadOnlyDoubleWrapper(Double.NaN);
    private boolean loading;

    public MapViewModel(ViewerContext context) {
        this.context = context;
        this.renderer = new LatestOnlyExecutor(context.workers().worker("map"));
        variable.addListener((o, a, b) -> {
            if (b != null) {
                levelCount.set(b.extraSize());
                levelIndex.set(Math.min(levelIndex.get(), b.extraSize() - 1));
            }
            requestRender();
        });
        timeIndex.addListener((o, a, b) -> requestRender());
        levelIndex.addListener((o, a, b) -> requestRender());
        colormap.addListener((o, a, b) -> requestRender());
        limitMode.addListener((o, a, b) -> requestRender());
    }

    /** Whether a source has a field on a lat–lon grid. */
    public static boolean hasMap(TrajectorySource source) {
        return source.fieldVariables().stream().anyMatch(FieldVariable::latLon);
    }

    /**
     * Shows the lat–lon fields of {@code cache}; prefers {@code preferred}, then geopotential height, then stream
     * function. The land outline is computed here (on the calling thread; it is small).
     *
     * @throws ViewerException if the file has no lat–lon field
     */
    public void show(FrameCache cache, String preferred) {
        List<FieldVariable> maps = cache.source().fieldVariables().stream().filter(FieldVariable::latLon).toList();
        if (maps.isEmpty()) {
            throw new ViewerException(cache.source().path().getFileName() + " has no field on a (lat, lon) grid");
        }
        loading = true;
        try {
            frames.set(cache);
            variables.setAll(maps);
            timeCount.set(cache.source().timeCount());
            timeIndex.set(Math.min(timeIndex.get(), timeCount.get() - 1));
            loadOutline(cache.source());
            variable.set(pick(maps, preferred));
        } finally {
            loading = false;
        }
        requestRender();
    }

    private static FieldVariable pick(List<FieldVariable> maps, String preferred) {
        for (String want : new String[] {preferred, "geopotential_height", "z", "psi", "streamfunction"}) {
            for (FieldVariable v : maps) {
                if (want != null && v.name().equalsIgnoreCase(want)) {
                    return v;
                }
            }
        }
        return maps.stream().filter(FieldVariable::timed).findFirst().orElse(maps.getFirst());
    }

    private void loadOutline(TrajectorySource source) {
        Optional<List<double[]>> fromFile = LandOutline.fromSource(source);
        if (fromFile.isPresent()) {
            outline.setAll(fromFile.get());
            outlineSource.set("land outline: mask in " + source.path().getFileName());
            return;
        }
        Optional<java.nio.file.Path> csv = LandOutline.shippedSurfaceCsv();
        if (csv.isPresent()) {
            outline.setAll(LandOutline.fromSurfaceCsv(csv.get()));
            outlineSource.set("land outline: " + csv.get().getFileName() + " (ERA5 land–sea mask, T21)");
        } else {
            outline.clear();
            outlineSource.set("no land–sea mask found (set -Deddy.shared.dir)");
        }
    }

    /**
     * Shows an index file ({@code blocking_index(time)}, optionally with a 0/1 flag series) or an events table
     * ({@code end(time)} with onsets as time): the index replaces the curve, events replace the shaded spans.
     *
     * @throws ViewerException if the file has neither
     */
    public void showIndex(TrajectorySource indexFile) {
        Optional<TimeSeries> series = IndexEvents.index(indexFile);
        List<double[]> found = IndexEvents.events(indexFile);
        if (series.isEmpty() && found.isEmpty()) {
            throw new ViewerException(indexFile.path().getFileName() + " has no index time series and no events");
        }
        series.ifPresent(index::setAll);
        if (!found.isEmpty()) {
            events.setAll(found);
        }
    }

    /** Schedules a render of the map. */
    public void requestRender() {
        FrameCache cache = frames.get();
        FieldVariable v = variable.get();
        if (loading || cache == null || v == null) {
            return;
        }
        int t = v.timed() ? Math.max(0, Math.min(timeIndex.get(), timeCount.get() - 1)) : 0;
        int level = Math.max(0, Math.min(levelIndex.get(), v.extraSize() - 1));
        Colormap map = colormap.get();
        LimitMode mode = limitMode.get();
        double frameTime = cache.source().times()[t];
        String units = cache.source().timeUnits();
        renderer.submit(() -> {
            try {
                Field2D f = cache.frame(v.name(), t, level);
                ColorLimits l = ColorLimits.of(f.values(), mode);
                Raster r = PROJECTION.render(f, l, map);
                String label = v.name() + (v.extraDim() == null ? "" : ", " + v.extraText(level))
                        + ", t = " + AxisTicks.value(frameTime) + (units.isEmpty() || units.equals("1") ? "" : " " + units);
                context.ui().execute(() -> {
                    field.set(f);
                    limits.set(l);
                    raster.set(r);
                    timeLabel.set(label);
                    time.set(frameTime);
                    error.set("");
                    rendered.set(rendered.get() + 1);
                });
            } catch (RuntimeException ex) {
                String message = ex instanceof ViewerException ? ex.getMessage() : "cannot draw map: " + ex;
                context.ui().execute(() -> error.set(message));
            }
        });
    }

    /** Lon/lat/value read-out at picture point (px, py) of the projected map. */
    public String readout(double px, double py) {
        Field2D f = field.get();
        if (f == null || px < 0 || py < 0 || px >= PROJECTION.width() || py >= PROJECTION.height()) {
            return "";
        }
        double lon = PROJECTION.lon(px);
        double lat = PROJECTION.lat(py);
        int j = DiagnosticsService.nearest(f.y(), lat);
        int i = 0;
        for (int k = 1; k < f.nx(); k++) {
            if (angularDistance(f.x()[k], lon) < angularDistance(f.x()[i], lon)) {
                i = k;
            }
        }
        return String.format(Locale.ROOT, "lon %.1f°, lat %.1f°: %s = %s %s", lon, lat, f.variable(),
                AxisTicks.value(f.at(i, j)), f.units()).strip();
    }

    private static double angularDistance(double a, double b) {
        return Math.abs(((a - b) % 360 + 540) % 360 - 180);
    }

    public ObservableList<FieldVariable> variables() {
        return variables;
    }

    public ObjectProperty<FieldVariable> variableProperty() {
        return variable;
    }

    public IntegerProperty timeIndexProperty() {
        return timeIndex;
    }

    public ReadOnlyIntegerProperty timeCountProperty() {
        return timeCount.getReadOnlyProperty();
    }

    public IntegerProperty levelIndexProperty() {
        return levelIndex;
    }

    public ReadOnlyIntegerProperty levelCountProperty() {
        return levelCount.getReadOnlyProperty();
    }

    public ObjectProperty<Colormap> colormapProperty() {
        return colormap;
    }

    public ObjectProperty<LimitMode> limitModeProperty() {
        return limitMode;
    }

    public BooleanProperty showBoxProperty() {
        return showBox;
    }

    public ObjectProperty<LatLonBox> boxProperty() {
        return box;
    }

    public ReadOnlyObjectProperty<Raster> rasterProperty() {
        return raster.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ColorLimits> limitsProperty() {
        return limits.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Field2D> fieldProperty() {
        return field.getReadOnlyProperty();
    }

    /** Coastline segments {lon1, lat1, lon2, lat2} in degrees. */
    public ObservableList<double[]> outline() {
        return outline;
    }

    public ReadOnlyStringProperty outlineSourceProperty() {
        return outlineSource.getReadOnlyProperty();
    }

    public ObservableList<TimeSeries> index() {
        return index;
    }

    /** Event intervals {start, end} in time units. */
    public ObservableList<double[]> events() {
        return events;
    }

    public ReadOnlyStringProperty timeLabelProperty() {
        return timeLabel.getReadOnlyProperty();
    }

    /** Time of the frame shown (marked on the index plot). */
    public javafx.beans.property.ReadOnlyDoubleProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty renderedProperty() {
        return rendered.getReadOnlyProperty();
    }
}
