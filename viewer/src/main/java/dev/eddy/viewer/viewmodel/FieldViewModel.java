package dev.eddy.viewer.viewmodel;

import dev.eddy.viewer.service.AxisTicks;
import dev.eddy.viewer.service.ColorLimits;
import dev.eddy.viewer.service.Colormap;
import dev.eddy.viewer.service.Colormaps;
import dev.eddy.viewer.service.Field2D;
import dev.eddy.viewer.service.FieldRasterizer;
import dev.eddy.viewer.service.FieldVariable;
import dev.eddy.viewer.service.FrameCache;
import dev.eddy.viewer.service.LimitMode;
import dev.eddy.viewer.service.Raster;
import dev.eddy.viewer.service.ViewerException;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the field view: which variable, time step, level/sample, colormap and colour limits, and the rendered
 * picture. Every change schedules a render on the background worker (latest request wins); results come back on the
 * UI executor. Playback advances the time index through the context's ticker.
 */
public final class FieldViewModel {
    private final ViewerContext context;
    private final LatestOnlyExecutor renderer;
    private final LatestOnlyExecutor prefetcher;

    private final ReadOnlyObjectWrapper<FrameCache> frames = new ReadOnlyObjectWrapper<>();
    private final ObservableList<FieldVariable> variables = FXCollections.observableArrayList();
    private final ObjectProperty<FieldVariable> variable = new SimpleObjectProperty<>();
    private final IntegerProperty timeIndex = new SimpleIntegerProperty();
    private final ReadOnlyIntegerWrapper timeCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper timeLabel = new ReadOnlyStringWrapper("");
    private final IntegerProperty extraIndex = new SimpleIntegerProperty();
    private final ReadOnlyIntegerWrapper extraCount = new ReadOnlyIntegerWrapper(1);
    private final ReadOnlyStringWrapper extraName = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Colormap> colormap = new SimpleObjectProperty<>(Colormaps.sequential());
    private final ObjectProperty<LimitMode> limitMode = new SimpleObjectProperty<>(LimitMode.ROBUST);
    private final ObjectProperty<ColorLimits> fixedLimits = new SimpleObjectProperty<>();
    private final BooleanProperty lockLimits = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<ColorLimits> limits = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Field2D> field = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Raster> raster = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper units = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper renderMillis = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyIntegerWrapper rendered = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Viewport> viewport = new ReadOnlyObjectWrapper<>(Viewport.ALL);
    private final BooleanProperty playing = new SimpleBooleanProperty();
    private final DoubleProperty framesPerSecond = new SimpleDoubleProperty(10);
    private boolean loading;

    public FieldViewModel(ViewerContext context, String name) {
        this.context = context;
        this.renderer = new LatestOnlyExecutor(context.workers().worker(name));
        this.prefetcher = new LatestOnlyExecutor(context.workers().worker(name + "-prefetch"));
        variable.addListener((o, a, b) -> onVariableChanged());
        timeIndex.addListener((o, a, b) -> requestRender());
        extraIndex.addListener((o, a, b) -> {
            FieldVariable v = variable.get();
            if (v != null) {
                extraName.set(v.extraText(b.intValue()));
            }
            requestRender();
        });
        colormap.addListener((o, a, b) -> requestRender());
        limitMode.addListener((o, a, b) -> requestRender());
        fixedLimits.addListener((o, a, b) -> requestRender());
        lockLimits.addListener((o, a, b) -> fixedLimits.set(b ? limits.get() : null));
        playing.addListener((o, a, b) -> updatePlayback());
        framesPerSecond.addListener((o, a, b) -> updatePlayback());
    }

    /** Shows frames from {@code cache}, selecting {@code preferred} if it is one of its fields (else the first). */
    public void show(FrameCache cache, String preferred) {
        loading = true;
        try {
            playing.set(false);
            frames.set(cache);
            List<FieldVariable> fields = cache.source().fieldVariables();
            variables.setAll(fields);
            timeCount.set(cache.source().timeCount());
            timeIndex.set(Math.min(timeIndex.get(), timeCount.get() - 1));
            FieldVariable pick = fields.stream().filter(v -> v.name().equals(preferred)).findFirst().orElse(fields.getFirst());
            variable.set(null);
            variable.set(pick);
        } finally {
            loading = false;
        }
        requestRender();
    }

    private void onVariableChanged() {
        FieldVariable v = variable.get();
        if (v == null) {
            return;
        }
        extraCount.set(v.extraSize());
        extraName.set(v.extraText(Math.min(extraIndex.get(), v.extraSize() - 1)));
        if (extraIndex.get() >= v.extraSize()) {
            extraIndex.set(0);
        }
        units.set(v.units());
        boolean signed = isSigned(v.name());
        colormap.set(signed ? Colormaps.diverging() : Colormaps.sequential());
        limitMode.set(signed ? LimitMode.SYMMETRIC : LimitMode.ROBUST);
        requestRender();
    }

    /** Default display: signed quantities (vorticity, stream function, anomalies) get the diverging map. */
    static boolean isSigned(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("vort") || n.contains("psi") || n.contains("stream") || n.contains("anom") || n.contains("omega");
    }

    /** Schedules a render of the current selection. */
    public void requestRender() {
        FrameCache cache = frames.get();
        FieldVariable v = variable.get();
        if (loading || cache == null || v == null) {
            return;
        }
        int t = v.timed() ? Math.max(0, Math.min(timeIndex.get(), timeCount.get() - 1)) : 0;
        int e = Math.max(0, Math.min(extraIndex.get(), v.extraSize() - 1));
        Colormap map = colormap.get();
        LimitMode mode = limitMode.get();
        ColorLimits fixed = fixedLimits.get();
        double[] times = cache.source().times();
        String timeUnits = cache.source().timeUnits();
        renderer.submit(() -> {
            try {
                long start = System.nanoTime();
                Field2D f = cache.frame(v.name(), t, e);
                ColorLimits l = fixed != null ? fixed : ColorLimits.of(f.values(), mode);
                Raster r = FieldRasterizer.rasterize(f, l, map);
                double ms = (System.nanoTime() - start) / 1e6;
                context.ui().execute(() -> {
                    field.set(f);
                    limits.set(l);
                    raster.set(r);
                    renderMillis.set(ms);
                    timeLabel.set(timeText(times, t, timeUnits));
                    error.set("");
                    rendered.set(rendered.get() + 1);
                    prefetchNext(cache, v, t, e);
                });
            } catch (ViewerException ex) {
                context.ui().execute(() -> error.set(ex.getMessage()));
            } catch (RuntimeException ex) {
                context.ui().execute(() -> error.set("cannot draw " + v.name() + ": " + ex.getClass().getSimpleName()
                        + (ex.getMessage() == null ? "" : ": " + ex.getMessage())));
            }
        });
    }

    /** While playing, reads the next time step into the cache in the background so that it is ready on the tick. */
    private void prefetchNext(FrameCache cache, FieldVariable v, int t, int e) {
        int count = timeCount.get();
        if (!playing.get() || !v.timed() || count < 2) {
            return;
        }
        int next = (t + 1) % count;
        prefetcher.submit(() -> {
            try {
                cache.frame(v.name(), next, e);
            } catch (RuntimeException ignored) {
                // the render of that frame reports the problem when it is shown
            }
        });
    }

    private static String timeText(double[] times, int t, String units) {
        if (t >= times.length) {
            return "";
        }
        return "t = " + AxisTicks.value(times[t]) + (units.isEmpty() || units.equals("1") ? "" : " " + units) + "  (" + (t + 1) + "/" + times.length + ")";
    }

    /** Hover read-out at picture pixel (column, row) of the current raster; out of range clears it. */
    public void hover(int column, int row) {
        Field2D f = field.get();
        if (f == null || column < 0 || row < 0 || column >= f.nx() || row >= f.ny()) {
            hoverText.set("");
            return;
        }
        int[] ij = FieldRasterizer.dataIndex(f, column, row);
        double value = f.at(ij[0], ij[1]);
        hoverText.set(f.xName() + " = " + AxisTicks.value(f.x()[ij[0]]) + ", " + f.yName() + " = " + AxisTicks.value(f.y()[ij[1]])
                + ", " + f.variable() + " = " + AxisTicks.value(value) + (f.units().isEmpty() ? "" : " " + f.units()));
    }

    public void clearHover() {
        hoverText.set("");
    }

    /** Zooms by {@code factor} about picture fraction (fx, fy). */
    public void zoom(double factor, double fx, double fy) {
        viewport.set(viewport.get().zoom(factor, fx, fy));
    }

    /** Pans by picture fractions. */
    public void pan(double dx, double dy) {
        viewport.set(viewport.get().pan(dx, dy));
    }

    public void resetView() {
        viewport.set(Viewport.ALL);
    }

    /** Advances one time step, wrapping to the start (playback). */
    public void step() {
        if (timeCount.get() > 0) {
            timeIndex.set((timeIndex.get() + 1) % timeCount.get());
        }
    }

    private void updatePlayback() {
        if (playing.get() && timeCount.get() > 1) {
            context.ticker().start(framesPerSecond.get(), this::step);
        } else {
            context.ticker().stop();
        }
    }

    public ReadOnlyObjectProperty<FrameCache> framesProperty() {
        return frames.getReadOnlyProperty();
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

    public ReadOnlyStringProperty timeLabelProperty() {
        return timeLabel.getReadOnlyProperty();
    }

    public IntegerProperty extraIndexProperty() {
        return extraIndex;
    }

    public ReadOnlyIntegerProperty extraCountProperty() {
        return extraCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty extraNameProperty() {
        return extraName.getReadOnlyProperty();
    }

    public ObjectProperty<Colormap> colormapProperty() {
        return colormap;
    }

    public ObjectProperty<LimitMode> limitModeProperty() {
        return limitMode;
    }

    /** Limits imposed from outside (shared by compare panels); null for automatic limits. */
    public ObjectProperty<ColorLimits> fixedLimitsProperty() {
        return fixedLimits;
    }

    /**
     * Keeps the colour limits of the frame shown when it was set, for all frames, so that an animation does not
     * flicker; false returns to limits computed per frame.
     */
    public BooleanProperty lockLimitsProperty() {
        return lockLimits;
    }

    public ReadOnlyObjectProperty<ColorLimits> limitsProperty() {
        return limits.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Field2D> fieldProperty() {
        return field.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Raster> rasterProperty() {
        return raster.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unitsProperty() {
        return units.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }

    /** The last drawing problem ("" when the last render succeeded). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Milliseconds the last frame took to read and rasterize (off the UI thread). */
    public ReadOnlyDoubleProperty renderMillisProperty() {
        return renderMillis.getReadOnlyProperty();
    }

    /** Count of finished renders (tests and screenshots wait on it). */
    public ReadOnlyIntegerProperty renderedProperty() {
        return rendered.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public DoubleProperty framesPerSecondProperty() {
        return framesPerSecond;
    }
}
