package dev.eddy.viewer.viewmodel;

import dev.eddy.viewer.service.FieldVariable;
import dev.eddy.viewer.service.FrameCache;
import dev.eddy.viewer.service.TrajectorySource;
import dev.eddy.viewer.service.ViewerException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window: open files (opened in the background; failures become a one-line message, never an exception in
 * the UI), the recent-files list, the current layout, and the four view-models. The most recently opened file is
 * the one shown in the field, plot and map views; the compare view shows up to four open files, oldest first.
 */
public final class MainViewModel {
    private final ViewerContext context;
    private final Function<Path, TrajectorySource> opener;
    private final Function<Path, TrajectorySource> indexOpener;
    private final Executor loader;
    private final ObservableList<FrameCache> openFiles = FXCollections.observableArrayList();
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ObjectProperty<Layout> layout = new SimpleObjectProperty<>(Layout.FIELD);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsProblem = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("eddy viewer");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final FieldViewModel field;
    private final CompareViewModel compare;
    private final PlotViewModel plots;
    private final MapViewModel map;
    private final LiveViewModel live;
    private TrajectorySource indexFile;

    /**
     * @param context threads, recent-files store and ticker
     * @param opener  opens a file; throws {@link ViewerException} with a readable message if it cannot
     * @param indexOpener opens an index file (time series only)
     */
    public MainViewModel(ViewerContext context, Function<Path, TrajectorySource> opener,
                         Function<Path, TrajectorySource> indexOpener) {
        this.context = context;
        this.opener = opener;
        this.indexOpener = indexOpener;
        this.loader = context.workers().worker("open");
        this.field = new FieldViewModel(context, "field");
        this.compare = new CompareViewModel(context);
        this.plots = new PlotViewModel(context);
        this.map = new MapViewModel(context);
        this.live = new LiveViewModel(context);
        recentFiles.setAll(context.recent().load());
        layout.addListener((o, a, b) -> refreshLayout());
        field.timeIndexProperty().addListener((o, a, b) -> {
            compare.timeIndexProperty().set(b.intValue());
            map.timeIndexProperty().set(b.intValue());
        });
    }

    /** Opens {@code file} in the background; on success it becomes the current file. */
    public void open(Path file) {
        busy.set(true);
        info("opening " + file.getFileName() + " …");
        loader.execute(() -> {
            try {
                TrajectorySource source = opener.apply(file);
                FrameCache cache = FrameCache.of(source);
                context.ui().execute(() -> opened(cache));
            } catch (ViewerException e) {
                context.ui().execute(() -> failed(e.getMessage()));
            } catch (RuntimeException e) {
                context.ui().execute(() -> failed("cannot open " + file.getFileName() + ": " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""))));
            }
        });
    }

    /**
     * Opens the current file again (e.g. to see frames a running simulation has added since) and closes the old
     * handle once the new one is open.
     */
    public void reload() {
        FrameCache current = current();
        if (current == null) {
            complain("nothing to reload: open a file first");
            return;
        }
        openFiles.remove(current);
        current.source().close();
        open(current.source().path());
    }

    /** Opens an index file (blocking index with events) for the map view. */
    public void openIndex(Path file) {
        loader.execute(() -> {
            try {
                TrajectorySource source = indexOpener.apply(file);
                context.ui().execute(() -> {
                    try {
                        map.showIndex(source);
                        if (indexFile != null) {
                            indexFile.close();
                        }
                        indexFile = source;
                        info("index: " + file.getFileName());
                    } catch (ViewerException e) {
                        source.close();
                        problem(e.getMessage());
                    }
                });
            } catch (RuntimeException e) {
                context.ui().execute(() -> problem(e.getMessage()));
            }
        });
    }

    private void opened(FrameCache cache) {
        busy.set(false);
        openFiles.add(cache);
        while (openFiles.size() > CompareViewModel.MAX_FILES) {
            openFiles.removeFirst().source().close();
        }
        try {
            recentFiles.setAll(context.recent().add(cache.source().path()));
            info("");
        } catch (ViewerException e) {
            problem(e.getMessage());
        }
        title.set("eddy viewer — " + cache.source().path().getFileName());
        String keep = field.variableProperty().get() == null ? null : field.variableProperty().get().name();
        field.show(cache, keep);
        if (cache.source().fieldVariables().stream().allMatch(FieldVariable::latLon)) {
            layout.set(Layout.MAP);
        }
        refreshLayout();
    }

    private void failed(String text) {
        busy.set(false);
        problem(text);
    }

    /** Brings the view of the current layout up to date with the open files. */
    public void refreshLayout() {
        FrameCache current = current();
        if (current == null) {
            return;
        }
        try {
            switch (layout.get()) {
                case FIELD -> field.requestRender();
                case COMPARE -> {
                    if (openFiles.size() < 2) {
                        problem("compare: open 2 to 4 files (File → Open) to compare them");
                    } else {
                        compare.compare(List.copyOf(openFiles));
                    }
                }
                case PLOT -> plots.refresh(openFiles.getFirst(), List.copyOf(openFiles.subList(1, openFiles.size())),
                        field.timeIndexProperty().get(), field.extraIndexProperty().get());
                case LIVE -> {
                    // the live view runs its own simulation and needs no file
                }
                case MAP -> {
                    if (MapViewModel.hasMap(current.source())) {
                        String v = field.variableProperty().get() == null ? null : field.variableProperty().get().name();
                        map.show(current, v);
                    } else {
                        problem(current.source().path().getFileName() + " has no (lat, lon) field to map");
                    }
                }
            }
        } catch (ViewerException e) {
            problem(e.getMessage());
        }
    }

    /** The file shown now (most recently opened), or null. */
    public FrameCache current() {
        return openFiles.isEmpty() ? null : openFiles.getLast();
    }

    /** Closes all files and stops a live run. */
    public void closeAll() {
        live.stop();
        for (FrameCache c : openFiles) {
            c.source().close();
        }
        openFiles.clear();
        if (indexFile != null) {
            indexFile.close();
            indexFile = null;
        }
    }

    /** Shows a message in the status line (e.g. the result of an export). */
    public void say(String text) {
        info(text);
    }

    /** Shows a problem in the status line (e.g. a failed export). */
    public void complain(String text) {
        problem(text);
    }

    private void info(String text) {
        message.set(text);
        messageIsProblem.set(false);
    }

    private void problem(String text) {
        message.set(text);
        messageIsProblem.set(true);
    }

    /** Whether the message reports a problem (drawn in red) rather than information. */
    public ReadOnlyBooleanProperty messageIsProblemProperty() {
        return messageIsProblem.getReadOnlyProperty();
    }

    public ObservableList<FrameCache> openFiles() {
        return openFiles;
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    public ObjectProperty<Layout> layoutProperty() {
        return layout;
    }

    /** One line for the user: an error, a hint, or "" when all is well. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Whether a file is being opened. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public FieldViewModel field() {
        return field;
    }

    public CompareViewModel compare() {
        return compare;
    }

    public PlotViewModel plots() {
        return plots;
    }

    public MapViewModel map() {
        return map;
    }

    public LiveViewModel live() {
        return live;
    }
}
