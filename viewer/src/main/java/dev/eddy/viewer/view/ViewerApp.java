package dev.eddy.viewer.view;

import dev.eddy.viewer.service.NetcdfTrajectorySource;
import dev.eddy.viewer.service.RecentFiles;
import dev.eddy.viewer.viewmodel.MainViewModel;
import dev.eddy.viewer.viewmodel.ViewerContext;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The desktop application. Start it through {@link ViewerLauncher} (a main class that does not extend
 * Application, see java-stack.md §4); unnamed parameters are files to open, {@code --index=FILE} a blocking
 * index or events file for the map.
 */
public final class ViewerApp extends Application {

    /** The context of the running app: daemon workers, FX-thread updates, recent files in ~/.config/eddy/recent. */
    public static ViewerContext fxContext() {
        String store = System.getProperty("eddy.viewer.recent");
        RecentFiles recent = store == null ? RecentFiles.inUserConfig() : new RecentFiles(Path.of(store));
        return new ViewerContext(ViewerContext.Workers.daemonThreads(), Platform::runLater, recent, new FxTicker());
    }

    @Override
    public void start(Stage stage) {
        MainViewModel vm = new MainViewModel(fxContext(), NetcdfTrajectorySource::open, NetcdfTrajectorySource::openSeries);
        MainView view = new MainView(vm);
        stage.setScene(new Scene(view, 1280, 860));
        stage.titleProperty().bind(vm.titleProperty());
        stage.setOnHidden(e -> vm.closeAll());
        for (String file : getParameters().getUnnamed()) {
            vm.open(Path.of(file));
        }
        String index = getParameters().getNamed().get("index");
        if (index != null) {
            vm.openIndex(Path.of(index));
        }
        stage.show();
    }
}
