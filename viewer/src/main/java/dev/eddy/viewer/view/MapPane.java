package dev.eddy.viewer.view;

import dev.eddy.viewer.service.Colormap;
import dev.eddy.viewer.service.Colormaps;
import dev.eddy.viewer.service.FieldVariable;
import dev.eddy.viewer.service.LimitMode;
import dev.eddy.viewer.viewmodel.MapViewModel;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/** Lat–lon map of QG output with land outline, blocking box and the index time series with events. */
public final class MapPane extends BorderPane {
    private final MapCanvas map = new MapCanvas(MapViewModel.PROJECTION);
    private final ColorBar colorBar = new ColorBar();
    private final PlotCanvas index = new PlotCanvas("Blocking index (events shaded)", "time", "index", false);

    public MapPane(MapViewModel vm) {
        setId("mapPane");
        ComboBox<FieldVariable> variable = new ComboBox<>(vm.variables());
        variable.setId("mapVariable");
        variable.valueProperty().bindBidirectional(vm.variableProperty());
        Slider level = Controls.indexSlider("mapLevel", vm.levelIndexProperty(), vm.levelCountProperty());
        level.setPrefWidth(90);
        ComboBox<Colormap> colormap = new ComboBox<>();
        colormap.getItems().setAll(Colormaps.all());
        colormap.valueProperty().bindBidirectional(vm.colormapProperty());
        ComboBox<LimitMode> limits = new ComboBox<>();
        limits.getItems().setAll(LimitMode.values());
        limits.valueProperty().bindBidirectional(vm.limitModeProperty());
        CheckBox showBox = new CheckBox("Blocking box");
        showBox.selectedProperty().bindBidirectional(vm.showBoxProperty());
        HBox top = new HBox(8, new Label("Variable"), variable, new Label("Level"), level, new Label("Colormap"), colormap,
                new Label("Limits"), limits, showBox);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6));
        Slider time = Controls.indexSlider("mapTimeSlider", vm.timeIndexProperty(), vm.timeCountProperty());
        HBox.setHgrow(time, Priority.ALWAYS);
        Label when = new Label();
        when.setId("mapTimeLabel");
        when.textProperty().bind(vm.timeLabelProperty());
        Label outlineSource = new Label();
        outlineSource.textProperty().bind(vm.outlineSourceProperty());
        Label readout = new Label();
        Label error = new Label();
        error.setTextFill(Color.FIREBRICK);
        error.textProperty().bind(vm.errorProperty());
        index.setId("indexPlot");
        index.setPrefHeight(150);
        index.setMinHeight(120);
        VBox bottom = new VBox(4, new HBox(8, new Label("Time"), time, when), new HBox(16, outlineSource, readout, error));
        bottom.setPadding(new Insets(6));
        map.setId("mapCanvas");
        colorBar.setId("mapColorBar");
        VBox center = new VBox(map);
        VBox.setVgrow(map, Priority.ALWAYS);
        vm.index().addListener((ListChangeListener<Object>) c -> {
            index.setCurves(vm.index());
            showIndexPlot(center);
        });
        vm.events().addListener((ListChangeListener<Object>) c -> {
            index.setSpans(vm.events());
            showIndexPlot(center);
        });
        setTop(top);
        setCenter(center);
        setRight(colorBar);
        setBottom(bottom);
        map.setOnMouseMoved(e -> {
            double[] p = map.toPicture(e.getX(), e.getY());
            readout.setText(p == null ? "" : vm.readout(p[0], p[1]));
        });
        vm.rasterProperty().addListener((o, a, b) -> showMap(vm));
        vm.timeProperty().addListener((o, a, b) -> index.setMarker(b.doubleValue()));
        showMap(vm);
        vm.outline().addListener((ListChangeListener<Object>) c -> map.setOutline(vm.outline()));
        vm.showBoxProperty().addListener((o, a, b) -> map.setBox(b ? vm.boxProperty().get() : null));
        vm.boxProperty().addListener((o, a, b) -> map.setBox(vm.showBoxProperty().get() ? b : null));
        map.setBox(vm.showBoxProperty().get() ? vm.boxProperty().get() : null);
        map.setOutline(vm.outline());
        if (!vm.index().isEmpty()) {
            index.setCurves(vm.index());
            index.setSpans(vm.events());
            index.setMarker(vm.timeProperty().get());
            center.getChildren().add(index);
        }
    }

    private void showIndexPlot(VBox center) {
        if (!center.getChildren().contains(index)) {
            center.getChildren().add(index);
        }
    }

    private void showMap(MapViewModel vm) {
        map.show(vm.rasterProperty().get());
        colorBar.show(vm.colormapProperty().get(), vm.limitsProperty().get(),
                vm.variableProperty().get() == null ? "" : vm.variableProperty().get().units());
    }

    public MapCanvas mapCanvas() {
        return map;
    }

    public PlotCanvas indexPlot() {
        return index;
    }
}
