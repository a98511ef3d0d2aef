package dev.eddy.viewer.view;

import dev.eddy.viewer.service.PngFiles;
import dev.eddy.viewer.viewmodel.FieldViewModel;
import dev.eddy.viewer.viewmodel.Layout;
import dev.eddy.viewer.viewmodel.MainViewModel;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The main window's content: menu (open, recent, index file, export), one tab per layout, and a message line.
 * Files dropped on the window are opened.
 */
public final class MainView extends BorderPane {
    private final MainViewModel vm;
    private final TabPane tabs = new TabPane();
    private final FieldPane fieldPane;
    private final ComparePane comparePane;
    private final PlotPane plotPane;
    private final MapPane mapPane;
    private final Menu recentMenu = new Menu("Open recent");

    public MainView(MainViewModel vm) {
        this.vm = vm;
        setId("mainView");
        fieldPane = new FieldPane(vm.field());
        comparePane = new ComparePane(vm.compare());
        plotPane = new PlotPane(vm.plots(), vm::refreshLayout);
        mapPane = new MapPane(vm.map());
        Tab field = tab("Field", fieldPane, Layout.FIELD);
        Tab compare = tab("Compare", comparePane, Layout.COMPARE);
        Tab plots = tab("Plots", plotPane, Layout.PLOT);
        Tab map = tab("Map", mapPane, Layout.MAP);
        Tab live = tab("Live", new LivePane(vm.live()), Layout.LIVE);
        tabs.getTabs().setAll(field, compare, plots, map, live);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.layoutProperty().set((Layout) b.getUserData()));
        vm.layoutProperty().addListener((o, a, b) -> tabs.getSelectionModel().select(tabs.getTabs().get(b.ordinal())));
        tabs.getSelectionModel().select(tabs.getTabs().get(vm.layoutProperty().get().ordinal()));

        Label message = new Label();
        message.setId("message");
        message.textFillProperty().bind(javafx.beans.binding.Bindings.when(vm.messageIsProblemProperty())
                .then(Color.FIREBRICK).otherwise(Color.gray(0.25)));
        message.textProperty().bind(vm.messageProperty());
        message.setPadding(new Insets(2, 6, 2, 6));
        message.setWrapText(true);
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        setTop(new VBox(menuBar(), message));
        setCenter(tabs);
        setOnDragOver(this::dragOver);
        setOnDragDropped(this::dropped);
        vm.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
    }

    private static Tab tab(String title, Node content, Layout layout) {
        Tab t = new Tab(title, content);
        t.setUserData(layout);
        t.setId("tab" + title);
        return t;
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem("Open…");
        open.setId("menuOpen");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> {
            List<File> files = chooser("Open NetCDF files (up to 4 to compare)").showOpenMultipleDialog(window());
            if (files != null) {
                files.forEach(f -> vm.open(f.toPath()));
            }
        });
        MenuItem reload = new MenuItem("Reload");
        reload.setId("menuReload");
        reload.setAccelerator(KeyCombination.keyCombination("Shortcut+R"));
        reload.setOnAction(e -> vm.reload());
        MenuItem index = new MenuItem("Open blocking index or events file…");
        index.setOnAction(e -> chooseFile("Open blocking index file").ifPresent(vm::openIndex));
        MenuItem exportView = new MenuItem("Export view as PNG…");
        exportView.setId("menuExportPng");
        exportView.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("eddy-view.png");
            File f = chooser.showSaveDialog(window());
            if (f != null) {
                exportCurrentView(f.toPath());
            }
        });
        MenuItem exportAnimation = new MenuItem("Export animation as PNG sequence…");
        exportAnimation.setOnAction(e -> {
            File dir = new DirectoryChooser().showDialog(window());
            if (dir != null) {
                exportAnimation(dir.toPath(), () -> { });
            }
        });
        MenuItem quit = new MenuItem("Quit");
        quit.setOnAction(e -> {
            Window w = window();
            if (w != null) {
                w.hide();
            }
        });
        Menu file = new Menu("File", null, open, recentMenu, reload, index, exportView, exportAnimation, quit);
        return new MenuBar(file);
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("NetCDF", "*.nc", "*.nc4", "*.cdf"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }

    private java.util.Optional<Path> chooseFile(String title) {
        File f = chooser(title).showOpenDialog(window());
        return java.util.Optional.ofNullable(f).map(File::toPath);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void fillRecent() {
        List<MenuItem> items = vm.recentFiles().stream().map(p -> {
            MenuItem item = new MenuItem(p.toString());
            item.setOnAction(e -> vm.open(p));
            return item;
        }).toList();
        recentMenu.getItems().setAll(items);
        recentMenu.setDisable(items.isEmpty());
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean ok = e.getDragboard().hasFiles();
        if (ok) {
            for (File f : e.getDragboard().getFiles()) {
                vm.open(f.toPath());
            }
        }
        e.setDropCompleted(ok);
        e.consume();
    }

    /** The pane of the current layout. */
    public Node currentPane() {
        return tabs.getSelectionModel().getSelectedItem().getContent();
    }

    /** Writes the current view as PNG and reports the result in the message line. */
    public void exportCurrentView(Path file) {
        try {
            FxImages.writeSnapshot(currentPane(), file);
            vm.say("saved " + file);
        } catch (IOException | RuntimeException ex) {
            vm.complain("cannot export " + file + ": " + ex.getMessage());
        }
    }

    /**
     * Writes every time step of the field view as {@code frame_00000.png …} into {@code folder}, one after the other
     * as each frame finishes rendering, then calls {@code done}.
     */
    public void exportAnimation(Path folder, Runnable done) {
        FieldViewModel field = vm.field();
        int count = field.timeCountProperty().get();
        if (count == 0) {
            vm.complain("open a file first");
            return;
        }
        vm.layoutProperty().set(Layout.FIELD);
        field.playingProperty().set(false);
        int[] next = {0};
        ChangeListener<Number> onRendered = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number a, Number b) {
                if (field.timeIndexProperty().get() != next[0]) {
                    return;
                }
                try {
                    FxImages.writeSnapshot(fieldPane, PngFiles.numbered(folder, "frame", next[0]));
                } catch (IOException | RuntimeException ex) {
                    field.renderedProperty().removeListener(this);
                    vm.complain("animation export stopped: " + ex.getMessage());
                    return;
                }
                next[0]++;
                vm.say("exported frame " + next[0] + "/" + count);
                if (next[0] >= count) {
                    field.renderedProperty().removeListener(this);
                    vm.say("saved " + count + " frames to " + folder);
                    done.run();
                } else {
                    field.timeIndexProperty().set(next[0]);
                }
            }
        };
        field.renderedProperty().addListener(onRendered);
        if (field.timeIndexProperty().get() == 0) {
            field.requestRender();
        } else {
            field.timeIndexProperty().set(0);
        }
    }

    public MainViewModel viewModel() {
        return vm;
    }

    public FieldPane fieldPane() {
        return fieldPane;
    }

    public ComparePane comparePane() {
        return comparePane;
    }

    public PlotPane plotPane() {
        return plotPane;
    }

    public MapPane mapPane() {
        return mapPane;
    }
}
