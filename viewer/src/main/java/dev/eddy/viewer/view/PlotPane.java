package dev.eddy.viewer.view;

import dev.eddy.viewer.viewmodel.PlotViewModel;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.RowConstraints;
import javafx.scene.paint.Color;

/** The plots: vorticity correlation with thresholds, energy spectrum (log–log), kinetic energy and enstrophy. */
public final class PlotPane extends BorderPane {
    private final PlotCanvas correlation = new PlotCanvas("Vorticity correlation vs reference", "time", "correlation", false);
    private final PlotCanvas spectrum = new PlotCanvas("Energy spectrum (current frame)", "wavenumber k", "E(k)", true);
    private final PlotCanvas energy = new PlotCanvas("Kinetic energy", "time", "E = ½⟨|u|²⟩", false);
    private final PlotCanvas enstrophy = new PlotCanvas("Enstrophy", "time", "Z = ½⟨ω²⟩", false);

    public PlotPane(PlotViewModel vm, Runnable recompute) {
        setId("plotPane");
        correlation.setId("correlationPlot");
        spectrum.setId("spectrumPlot");
        energy.setId("energyPlot");
        enstrophy.setId("enstrophyPlot");
        correlation.setReferenceLines(PlotViewModel.THRESHOLDS);
        GridPane grid = new GridPane();
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            grid.getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            grid.getRowConstraints().add(r);
        }
        grid.add(correlation, 0, 0);
        grid.add(spectrum, 1, 0);
        grid.add(energy, 0, 1);
        grid.add(enstrophy, 1, 1);
        setCenter(grid);
        Button again = new Button("Recompute");
        again.setId("recomputePlots");
        again.setOnAction(e -> recompute.run());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(vm.progressProperty());
        Label summary = new Label();
        summary.setId("plotSummary");
        summary.textProperty().bind(vm.summaryProperty());
        Label status = new Label();
        status.setId("plotStatus");
        status.setTextFill(Color.FIREBRICK);
        status.textProperty().bind(vm.statusProperty());
        HBox bottom = new HBox(10, again, progress, summary, status);
        bottom.setPadding(new Insets(6));
        setBottom(bottom);
        vm.correlation().addListener((ListChangeListener<Object>) c -> correlation.setCurves(vm.correlation()));
        vm.spectrum().addListener((ListChangeListener<Object>) c -> spectrum.setCurves(vm.spectrum()));
        vm.energy().addListener((ListChangeListener<Object>) c -> energy.setCurves(vm.energy()));
        vm.enstrophy().addListener((ListChangeListener<Object>) c -> enstrophy.setCurves(vm.enstrophy()));
        correlation.setCurves(vm.correlation());
        spectrum.setCurves(vm.spectrum());
        energy.setCurves(vm.energy());
        enstrophy.setCurves(vm.enstrophy());
    }

    public PlotCanvas correlationPlot() {
        return correlation;
    }

    public PlotCanvas spectrumPlot() {
        return spectrum;
    }

    public PlotCanvas energyPlot() {
        return energy;
    }

    public PlotCanvas enstrophyPlot() {
        return enstrophy;
    }
}
