package dev.eddy.viewer.viewmodel;

import dev.eddy.viewer.service.AxisTicks;
import dev.eddy.viewer.service.ColorLimits;
import dev.eddy.viewer.service.Colormap;
import dev.eddy.viewer.service.Colormaps;
import dev.eddy.viewer.service.DiagnosticsService;
import dev.eddy.viewer.service.Field2D;
import dev.eddy.viewer.service.FieldRasterizer;
import dev.eddy.viewer.service.FieldStatistics;
import dev.eddy.viewer.service.FieldVariable;
import dev.eddy.viewer.service.FrameCache;
import dev.eddy.viewer.service.LimitMode;
import dev.eddy.viewer.service.ViewerException;
import java.util.ArrayList;
import java.util.List;
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
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The compare view: the same variable from 2–4 files side by side at one time, with one shared colour scale, and
 * optionally a difference panel (second file minus the first, the reference) on its own symmetric diverging scale.
 * Time follows the reference file; each other file shows its frame nearest in time.
 */
public final class CompareViewModel {
    /** Most files compared at once. */
    public static final int MAX_FILES = 4;

    private final ViewerContext context;
    private final LatestOnlyExecutor renderer;
    private final ObservableList<FrameCache> files = FXCollections.observableArrayList();
    private final ObservableList<String> variableNames = FXCollections.observableArrayList();
    private final StringProperty variable = new SimpleStringProperty();
    private final IntegerProperty timeIndex = new SimpleIntegerProperty();
    private final ReadOnlyIntegerWrapper timeCount = new ReadOnlyIntegerWrapper();
    private final IntegerProperty extraIndex = new SimpleIntegerProperty();
    private final ObjectProperty<Colormap> colormap = new SimpleObjectProperty<>(Colormaps.diverging());
    private final ObjectProperty<LimitMode> limitMode = new SimpleObjectProperty<>(LimitMode.SYMMETRIC);
    private final BooleanProperty showDifference = new SimpleBooleanProperty(true);
    private final ObservableList<ComparePanel> panels = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ColorLimits> sharedLimits = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timeLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper rendered = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Viewport> viewport = new ReadOnlyObjectWrapper<>(Viewport.ALL);
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper("");

    public CompareViewModel(ViewerContext context) {
        this.context = context;
        this.renderer = new LatestOnlyExecutor(context.workers().worker("compare"));
        variable.addListener((o, a, b) -> requestRender());
        timeIndex.addListener((o, a, b) -> requestRender());
        extraIndex.addListener((o, a, b) -> requestRender());
        colormap.addListener((o, a, b) -> requestRender());
        limitMode.addListener((o, a, b) -> requestRender());
        showDifference.addListener((o, a, b) -> requestRender());
    }

    /**
     * Compares these files (the first is the reference); keeps the current variable if all have it.
     *
     * @throws ViewerException for fewer than 2 or more than {@value #MAX_FILES} files, or no common field
     */
    public void compare(List<FrameCache> caches) {
        if (caches.size() < 2 || caches.size() > MAX_FILES) {
            throw new ViewerException("compare needs 2 to " + MAX_FILES + " open files, got " + caches.size());
        }
        List<String> common = new ArrayList<>(caches.getFirst().source().fieldVariables().stream()
                .filter(FieldVariable::timed).map(FieldVariable::name).toList());
        for (FrameCache c : caches.subList(1, caches.size())) {
            common.retainAll(c.source().fieldVariables().stream().map(FieldVariable::name).toList());
        }
        if (common.isEmpty()) {
            throw new ViewerException("the files share no time-dependent field to compare");
        }
        files.setAll(caches);
        variableNames.setAll(common);
        timeCount.set(caches.getFirst().source().timeCount());
        timeIndex.set(Math.min(timeIndex.get(), timeCount.get() - 1));
        String pick = common.contains(variable.get()) ? variable.get()
                : DiagnosticsService.vorticity(caches.getFirst().source()).map(FieldVariable::name)
                        .filter(common::contains).orElse(common.getFirst());
        if (pick.equals(variable.get())) {
            requestRender();
        } else {
            variable.set(pick);
        }
    }

    /** Schedules a render of all panels. */
    public void requestRender() {
        if (files.size() < 2 || variable.get() == null) {
            return;
        }
        List<FrameCache> caches = List.copyOf(files);
        String name = variable.get();
        int t = Math.max(0, Math.min(timeIndex.get(), timeCount.get() - 1));
        int e = extraIndex.get();
        Colormap map = colormap.get();
        LimitMode mode = limitMode.get();
        boolean difference = showDifference.get();
        renderer.submit(() -> {
            try {
                double refTime = caches.getFirst().source().times()[t];
                List<Field2D> fields = new ArrayList<>();
                List<ColorLimits> each = new ArrayList<>();
                for (FrameCache c : caches) {
                    int ti = DiagnosticsService.nearest(c.source().times(), refTime);
                    FieldVariable v = c.source().fieldVariable(name);
                    Field2D f = c.frame(name, ti, Math.min(e, v.extraSize() - 1));
                    fields.add(f);
                    each.add(ColorLimits.of(f.values(), mode));
                }
                ColorLimits shared = ColorLimits.union(each);
                String units = caches.getFirst().source().timeUnits();
                String when = "t = " + AxisTicks.value(refTime) + (units.isEmpty() || units.equals("1") ? "" : " " + units);
                List<ComparePanel> out = new ArrayList<>();
                for (int i = 0; i < fields.size(); i++) {
                    out.add(new ComparePanel(caches.get(i).source().path().getFileName().toString(), name + ", " + when,
                            fields.get(i), FieldRasterizer.rasterize(fields.get(i), shared, map), shared, map));
                }
                if (difference) {
                    Field2D d = FieldStatistics.difference(fields.get(1), fields.get(0));
                    ColorLimits dl = ColorLimits.of(d.values(), LimitMode.SYMMETRIC);
                    out.add(new ComparePanel("difference", out.get(1).title() + " − " + out.get(0).title(), d,
                            FieldRasterizer.rasterize(d, dl, Colormaps.diverging()), dl, Colormaps.diverging()));
                }
                context.ui().execute(() -> {
                    panels.setAll(out);
                    sharedLimits.set(shared);
                    timeLabel.set(when);
                    error.set("");
                    rendered.set(rendered.get() + 1);
                });
            } catch (ViewerException ex) {
                context.ui().execute(() -> error.set(ex.getMessage()));
            } catch (RuntimeException ex) {
                context.ui().execute(() -> error.set("cannot compare: " + ex.getClass().getSimpleName() + ": " + ex.getMessage()));
            }
        });
    }

    /**
     * Read-out at picture pixel (column, row) of panel {@code panel}: the coordinates and every panel's value at the
     * same place (panels on a coarser grid are looked up at the nearest coordinates).
     */
    public void hover(int panel, int column, int row) {
        if (panel < 0 || panel >= panels.size()) {
            hoverText.set("");
            return;
        }
        Field2D f = panels.get(panel).field();
        if (column < 0 || row < 0 || column >= f.nx() || row >= f.ny()) {
            hoverText.set("");
            return;
        }
        int[] ij = FieldRasterizer.dataIndex(f, column, row);
        double x = f.x()[ij[0]];
        double y = f.y()[ij[1]];
        StringBuilder b = new StringBuilder(f.xName() + " = " + AxisTicks.value(x) + ", " + f.yName() + " = " + AxisTicks.value(y) + ":");
        for (ComparePanel p : panels) {
            Field2D g = p.field();
            double v = g.at(DiagnosticsService.nearest(g.x(), x), DiagnosticsService.nearest(g.y(), y));
            b.append("  ").append(p.title()).append(" ").append(AxisTicks.value(v));
        }
        hoverText.set(b.toString());
    }

    public ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }

    /** Zooms all panels together by {@code factor} about picture fraction (fx, fy). */
    public void zoom(double factor, double fx, double fy) {
        viewport.set(viewport.get().zoom(factor, fx, fy));
    }

    /** Pans all panels together by picture fractions. */
    public void pan(double dx, double dy) {
        viewport.set(viewport.get().pan(dx, dy));
    }

    public void resetView() {
        viewport.set(Viewport.ALL);
    }

    /** The part of the pictures shown, the same in every panel. */
    public ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    public ObservableList<FrameCache> files() {
        return files;
    }

    public ObservableList<String> variableNames() {
        return variableNames;
    }

    public StringProperty variableProperty() {
        return variable;
    }

    public IntegerProperty timeIndexProperty() {
        return timeIndex;
    }

    public ReadOnlyIntegerProperty timeCountProperty() {
        return timeCount.getReadOnlyProperty();
    }

    public IntegerProperty extraIndexProperty() {
        return extraIndex;
    }

    public ObjectProperty<Colormap> colormapProperty() {
        return colormap;
    }

    public ObjectProperty<LimitMode> limitModeProperty() {
        return limitMode;
    }

    public BooleanProperty showDifferenceProperty() {
        return showDifference;
    }

    /** Rendered panels: one per file, then the difference panel when shown. */
    public ObservableList<ComparePanel> panels() {
        return panels;
    }

    public ReadOnlyObjectProperty<ColorLimits> sharedLimitsProperty() {
        return sharedLimits.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeLabelProperty() {
        return timeLabel.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty renderedProperty() {
        return rendered.getReadOnlyProperty();
    }
}
