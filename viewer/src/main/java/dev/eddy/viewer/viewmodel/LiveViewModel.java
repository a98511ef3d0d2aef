package dev.eddy.viewer.viewmodel;

import dev.eddy.viewer.service.AxisTicks;
import dev.eddy.viewer.service.ColorLimits;
import dev.eddy.viewer.service.Colormap;
import dev.eddy.viewer.service.Colormaps;
import dev.eddy.viewer.service.Field2D;
import dev.eddy.viewer.service.FieldRasterizer;
import dev.eddy.viewer.service.FieldSpectra;
import dev.eddy.viewer.service.LimitMode;
import dev.eddy.viewer.service.LiveSimulation;
import dev.eddy.viewer.service.Raster;
import dev.eddy.viewer.service.ViewerException;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Live mode: runs a small simulation ({@link LiveSimulation}) on a background thread and shows its vorticity after
 * every {@link LiveSimulation#FRAME_INTERVAL} of model time, with status (time, steps, Courant number, enstrophy).
 */
public final class LiveViewModel {
    private final ViewerContext context;
    private final Executor worker;
    private final StringProperty solver = new SimpleStringProperty("spectral");
    private final IntegerProperty grid = new SimpleIntegerProperty(64);
    private final DoubleProperty reynolds = new SimpleDoubleProperty(1000);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Raster> raster = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Field2D> field = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ColorLimits> limits = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper frames = new ReadOnlyIntegerWrapper();
    private final Colormap colormap = Colormaps.diverging();
    private volatile AtomicBoolean stopFlag = new AtomicBoolean(true);

    public LiveViewModel(ViewerContext context) {
        this.context = context;
        this.worker = context.workers().worker("live");
    }

    /** Starts a new run with the current settings (stopping a running one). */
    public void start() {
        stop();
        LiveSimulation.Settings settings;
        try {
            settings = new LiveSimulation.Settings(solver.get(), grid.get(), reynolds.get());
        } catch (ViewerException e) {
            error.set(e.getMessage());
            return;
        }
        AtomicBoolean stop = new AtomicBoolean(false);
        stopFlag = stop;
        running.set(true);
        error.set("");
        frames.set(0);
        status.set("starting " + settings.solver() + " " + settings.grid() + "², Re = " + AxisTicks.value(settings.reynolds()) + " …");
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        worker.execute(() -> run(settings, threads, stop));
    }

    private void run(LiveSimulation.Settings settings, int threads, AtomicBoolean stop) {
        try (LiveSimulation sim = LiveSimulation.start(settings, threads)) {
            while (!stop.get()) {
                long t0 = System.nanoTime();
                long before = sim.steps();
                Field2D w = sim.advance();
                double stepsPerSecond = (sim.steps() - before) / Math.max((System.nanoTime() - t0) / 1e9, 1e-9);
                ColorLimits l = ColorLimits.of(w.values(), LimitMode.SYMMETRIC);
                Raster r = FieldRasterizer.rasterize(w, l, colormap);
                String text = String.format(Locale.ROOT, "%s %d², Re = %s: t = %.2f, %d steps, Courant %.2f, enstrophy %s, %.0f steps/s",
                        settings.solver(), settings.grid(), AxisTicks.value(settings.reynolds()), sim.time(), sim.steps(),
                        sim.courantNumber(), AxisTicks.value(FieldSpectra.enstrophy(w)), stepsPerSecond);
                context.ui().execute(() -> {
                    if (stop.get()) {
                        return;
                    }
                    field.set(w);
                    limits.set(l);
                    raster.set(r);
                    status.set(text);
                    frames.set(frames.get() + 1);
                });
            }
        } catch (ViewerException e) {
            context.ui().execute(() -> error.set(e.getMessage()));
        } catch (RuntimeException e) {
            context.ui().execute(() -> error.set("live run failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        } finally {
            context.ui().execute(() -> {
                if (stopFlag == stop) {
                    running.set(false);
                }
            });
        }
    }

    /** Asks the running simulation to stop after its current frame. */
    public void stop() {
        stopFlag.set(true);
        running.set(false);
    }

    /** "fv" or "spectral". */
    public StringProperty solverProperty() {
        return solver;
    }

    public IntegerProperty gridProperty() {
        return grid;
    }

    public DoubleProperty reynoldsProperty() {
        return reynolds;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Raster> rasterProperty() {
        return raster.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Field2D> fieldProperty() {
        return field.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ColorLimits> limitsProperty() {
        return limits.getReadOnlyProperty();
    }

    public Colormap colormap() {
        return colormap;
    }

    /** Frames shown since the last start. */
    public ReadOnlyIntegerProperty framesProperty() {
        return frames.getReadOnlyProperty();
    }
}
