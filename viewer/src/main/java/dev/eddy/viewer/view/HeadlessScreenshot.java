package dev.eddy.viewer.view;

import dev.eddy.viewer.service.DiagnosticsService;
import dev.eddy.viewer.service.FieldVariable;
import dev.eddy.viewer.service.FrameCache;
import dev.eddy.viewer.service.NetcdfTrajectorySource;
import dev.eddy.viewer.service.RecentFiles;
import dev.eddy.viewer.service.TrajectorySource;
import dev.eddy.viewer.service.ViewerException;
import dev.eddy.viewer.viewmodel.Layout;
import dev.eddy.viewer.viewmodel.MainViewModel;
import dev.eddy.viewer.viewmodel.ViewerContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Renders a view of one or more files to a PNG without a display, for scripts and docs. The JavaFX toolkit is
 * started on Monocle's headless platform with the software renderer unless it is already running. View-models run
 * synchronously here, so the picture is complete when it is taken.
 */
public final class HeadlessScreenshot {
    private static final long TIMEOUT_SECONDS = 120;

    private HeadlessScreenshot() {
    }

    /**
     * Renders {@code request}.
     *
     * @throws ViewerException with one readable line for unreadable files, unknown variables or a failed render
     */
    public static void render(ScreenshotRequest request) {
        List<TrajectorySource> sources = openAll(request.files());
        try {
            check(request, sources);
            startToolkit();
            CompletableFuture<Void> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    renderOnFxThread(request, sources);
                    done.complete(null);
                } catch (RuntimeException | IOException e) {
                    done.completeExceptionally(e);
                }
            });
            done.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ViewerException ve) {
                throw ve;
            }
            throw new ViewerException("cannot render " + request.output() + ": " + cause, cause);
        } catch (TimeoutException e) {
            throw new ViewerException("rendering " + request.output() + " took longer than " + TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ViewerException("interrupted while rendering " + request.output(), e);
        } finally {
            for (TrajectorySource s : sources) {
                s.close();
            }
        }
    }

    private static List<TrajectorySource> openAll(List<Path> files) {
        List<TrajectorySource> sources = new ArrayList<>();
        try {
            for (Path f : files) {
                sources.add(NetcdfTrajectorySource.open(f));
            }
            return sources;
        } catch (ViewerException e) {
            sources.forEach(TrajectorySource::close);
            throw e;
        }
    }

    private static void check(ScreenshotRequest request, List<TrajectorySource> sources) {
        if (request.layout() == Layout.COMPARE && (sources.size() < 2 || sources.size() > 4)) {
            throw new ViewerException("--layout compare needs 2 to 4 files, got " + sources.size());
        }
        TrajectorySource last = sources.getLast();
        if (request.variable() != null) {
            last.fieldVariable(request.variable());
        }
        if (request.layout() == Layout.MAP && last.fieldVariables().stream().noneMatch(FieldVariable::latLon)) {
            throw new ViewerException(last.path().getFileName() + " has no (lat, lon) field for --layout map");
        }
        if (request.layout() == Layout.PLOT && DiagnosticsService.vorticity(last).isEmpty() && last.seriesVariables().isEmpty()) {
            throw new ViewerException(last.path().getFileName() + " has no vorticity or time series to plot");
        }
    }

    /**
     * Starts JavaFX headless (Monocle, software rendering) if it is not running yet, also when a display exists, so
     * that screenshots look the same everywhere.
     */
    static void startToolkit() {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        try {
            CompletableFuture<Void> started = new CompletableFuture<>();
            Platform.startup(() -> started.complete(null));
            started.get(60, TimeUnit.SECONDS);
        } catch (IllegalStateException alreadyRunning) {
            // the toolkit was started before (tests, a second screenshot): reuse it
        } catch (ExecutionException | TimeoutException | InterruptedException | RuntimeException e) {
            throw new ViewerException("cannot start JavaFX for rendering: " + e, e);
        }
        Platform.setImplicitExit(false);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static void renderOnFxThread(ScreenshotRequest request, List<TrajectorySource> sources) throws IOException {
        Path recentStore = Files.createTempFile("eddy-viewer-recent", ".txt");
        try {
            ViewerContext context = new ViewerContext(name -> Runnable::run, Runnable::run, new RecentFiles(recentStore),
                    new FxTicker());
            Map<Path, TrajectorySource> byPath = new HashMap<>();
            sources.forEach(s -> byPath.put(s.path(), s));
            MainViewModel vm = new MainViewModel(context, byPath::get, NetcdfTrajectorySource::openSeries);
            for (TrajectorySource s : sources) {
                vm.open(s.path());
            }
            if (vm.messageIsProblemProperty().get()) {
                throw new ViewerException(vm.messageProperty().get());
            }
            for (Path index : request.indexFiles()) {
                vm.openIndex(index);
                if (vm.messageIsProblemProperty().get()) {
                    throw new ViewerException(vm.messageProperty().get());
                }
            }
            FrameCache current = vm.current();
            if (request.variable() != null) {
                vm.field().variableProperty().set(current.source().fieldVariable(request.variable()));
                vm.compare().variableProperty().set(request.variable());
            }
            if (request.time() != null) {
                vm.field().timeIndexProperty().set(DiagnosticsService.nearest(current.source().times(), request.time()));
            }
            MainView view = new MainView(vm);
            Scene scene = new Scene(view, request.width(), request.height());
            vm.layoutProperty().set(request.layout());
            vm.refreshLayout();
            String problem = problem(vm, request.layout());
            if (!problem.isEmpty()) {
                throw new ViewerException(problem);
            }
            view.applyCss();
            view.layout();
            FxImages.writeSnapshot(scene.getRoot(), request.output());
        } finally {
            Files.deleteIfExists(recentStore);
        }
    }

    private static String problem(MainViewModel vm, Layout layout) {
        String message = vm.messageIsProblemProperty().get() ? vm.messageProperty().get() : "";
        return switch (layout) {
            case FIELD -> vm.field().errorProperty().get();
            case COMPARE -> message.isEmpty() ? vm.compare().errorProperty().get() : message;
            case PLOT -> message;
            case MAP -> message.isEmpty() ? vm.map().errorProperty().get() : message;
            case LIVE -> "the live layout cannot be rendered from files";
        };
    }
}
