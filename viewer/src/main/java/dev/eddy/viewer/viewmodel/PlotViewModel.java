package dev.eddy.viewer.viewmodel;

import dev.eddy.viewer.service.AxisTicks;
import dev.eddy.viewer.service.DiagnosticsService;
import dev.eddy.viewer.service.Field2D;
import dev.eddy.viewer.service.FieldSpectra;
import dev.eddy.viewer.service.FieldVariable;
import dev.eddy.viewer.service.FrameCache;
import dev.eddy.viewer.service.TimeSeries;
import dev.eddy.viewer.service.ViewerException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The diagnostics plots: vorticity correlation against a reference over time (with the 0.95 and 0.8 thresholds of
 * Kochkov et al. 2021 and Sun et al. 2023), the energy spectrum of the current frame (log–log), and kinetic energy and
 * enstrophy over time. Curves come from the file when stored, else they are computed in the background
 * ({@link DiagnosticsService}); a newer request cancels an older one.
 */
public final class PlotViewModel {
    /** Correlation thresholds drawn as horizontal lines. */
    public static final double[] THRESHOLDS = {0.95, 0.8};

    private final ViewerContext context;
    private final LatestOnlyExecutor worker;
    private final AtomicInteger generation = new AtomicInteger();
    private final ObservableList<TimeSeries> correlation = FXCollections.observableArrayList();
    private final ObservableList<TimeSeries> spectrum = FXCollections.observableArrayList();
    private final ObservableList<TimeSeries> energy = FXCollections.observableArrayList();
    private final ObservableList<TimeSeries> enstrophy = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(1);
    private final ReadOnlyIntegerWrapper finished = new ReadOnlyIntegerWrapper();

    public PlotViewModel(ViewerContext context) {
        this.context = context;
        this.worker = new LatestOnlyExecutor(context.workers().worker("plots"));
    }

    /**
     * Recomputes all plots for {@code main} at time index {@code t} (spectrum) and sample/level {@code extra};
     * {@code others} are correlated against {@code main} as the reference.
     */
    public void refresh(FrameCache main, List<FrameCache> others, int t, int extra) {
        int mine = generation.incrementAndGet();
        status.set("computing diagnostics …");
        progress.set(0);
        worker.submit(() -> {
            List<String> problems = new ArrayList<>();
            List<TimeSeries> spec = new ArrayList<>();
            List<TimeSeries> corr = new ArrayList<>();
            List<TimeSeries> ke = new ArrayList<>();
            List<TimeSeries> z = new ArrayList<>();
            int parts = 2 + others.size();
            int[] part = {0};
            java.util.function.DoubleConsumer report = f -> {
                double p = (part[0] + f) / parts;
                context.ui().execute(() -> progress.set(p));
            };
            java.util.function.BooleanSupplier cancelled = () -> generation.get() != mine;
            try {
                Optional<FieldVariable> w = DiagnosticsService.vorticity(main.source());
                if (w.isPresent()) {
                    int ti = Math.max(0, Math.min(t, main.source().timeCount() - 1));
                    Field2D f = main.frame(w.get().name(), ti, Math.min(extra, w.get().extraSize() - 1));
                    FieldSpectra.Spectrum s = FieldSpectra.spectrum(f);
                    spec.add(new TimeSeries("E(k) at t = " + AxisTicks.value(main.source().times()[ti]), "", s.k(), s.energy()));
                } else {
                    problems.add("no vorticity variable: no spectrum");
                }
                part[0] = 1;
                List<TimeSeries> energies = DiagnosticsService.energyAndEnstrophy(main, extra, report, cancelled);
                ke.add(energies.get(0));
                z.add(energies.get(1));
            } catch (ViewerException ex) {
                problems.add(ex.getMessage());
            }
            part[0] = 2;
            DiagnosticsService.storedSeries(main.source(), "vorticity correlation", "correlation").ifPresent(corr::add);
            for (FrameCache other : others) {
                try {
                    corr.add(DiagnosticsService.correlation(main, other, extra, report, cancelled));
                } catch (ViewerException ex) {
                    problems.add(ex.getMessage());
                }
                part[0]++;
            }
            if (cancelled.getAsBoolean()) {
                return;
            }
            String text = summarise(corr);
            context.ui().execute(() -> {
                spectrum.setAll(spec);
                correlation.setAll(corr);
                energy.setAll(ke);
                enstrophy.setAll(z);
                summary.set(text);
                status.set(String.join("; ", problems));
                progress.set(1);
                finished.set(finished.get() + 1);
            });
        });
    }

    /** "name: below 0.95 at t = …, below 0.8 at t = …" per correlation curve. */
    static String summarise(List<TimeSeries> curves) {
        List<String> lines = new ArrayList<>();
        for (TimeSeries c : curves) {
            StringBuilder b = new StringBuilder(c.name()).append(':');
            for (double threshold : THRESHOLDS) {
                double when = DiagnosticsService.timeBelow(c, threshold);
                b.append(" below ").append(threshold).append(Double.isNaN(when) ? " never" : " at t = " + AxisTicks.value(when)).append(';');
            }
            lines.add(b.substring(0, b.length() - 1));
        }
        return String.join("\n", lines);
    }

    public ObservableList<TimeSeries> correlation() {
        return correlation;
    }

    public ObservableList<TimeSeries> spectrum() {
        return spectrum;
    }

    public ObservableList<TimeSeries> energy() {
        return energy;
    }

    public ObservableList<TimeSeries> enstrophy() {
        return enstrophy;
    }

    /** Problems found while computing ("" when none). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** When each correlation curve crosses the thresholds. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Count of completed refreshes. */
    public ReadOnlyIntegerProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }
}
