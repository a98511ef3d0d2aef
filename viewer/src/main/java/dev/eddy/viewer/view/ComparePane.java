package dev.eddy.viewer.view;

import dev.eddy.viewer.service.AxisTicks;
import dev.eddy.viewer.service.Colormap;
import dev.eddy.viewer.service.Colormaps;
import dev.eddy.viewer.service.LimitMode;
import dev.eddy.viewer.viewmodel.ComparePanel;
import dev.eddy.viewer.viewmodel.CompareViewModel;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** The compare view: 2–4 files side by side with one colour scale, plus the difference panel. */
public final class ComparePane extends BorderPane {
    private final GridPane grid = new GridPane();
    private final ColorBar colorBar = new ColorBar();
    private final List<RasterCanvas> canvases = new java.util.ArrayList<>();
    private final CompareViewModel vm;

    public ComparePane(CompareViewModel vm) {
        this.vm = vm;
        setId("comparePane");
        ComboBox<String> variable = new ComboBox<>(vm.variableNames());
        variable.setId("compareVariable");
        variable.valueProperty().bindBidirectional(vm.variableProperty());
        ComboBox<Colormap> colormap = new ComboBox<>();
        colormap.getItems().setAll(Colormaps.all());
        colormap.valueProperty().bindBidirectional(vm.colormapProperty());
        ComboBox<LimitMode> limits = new ComboBox<>();
        limits.getItems().setAll(LimitMode.values());
        limits.valueProperty().bindBidirectional(vm.limitModeProperty());
        CheckBox difference = new CheckBox("Difference panel");
        difference.setId("differenceToggle");
        difference.selectedProperty().bindBidirectional(vm.showDifferenceProperty());
        HBox top = new HBox(8, new Label("Variable"), variable, new Label("Colormap"), colormap, new Label("Shared limits"),
                limits, difference);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6));
        Slider time = Controls.indexSlider("compareTimeSlider", vm.timeIndexProperty(), vm.timeCountProperty());
        HBox.setHgrow(time, Priority.ALWAYS);
        Label when = new Label();
        when.textProperty().bind(vm.timeLabelProperty());
        Label error = new Label();
        error.setId("compareError");
        error.setTextFill(Color.FIREBRICK);
        error.textProperty().bind(vm.errorProperty());
        Label hover = new Label();
        hover.setId("compareHover");
        hover.textProperty().bind(vm.hoverTextProperty());
        VBox bottom = new VBox(4, new HBox(8, new Label("Time"), time, when), hover, error);
        bottom.setPadding(new Insets(6));
        grid.setId("compareGrid");
        grid.setHgap(4);
        grid.setVgap(4);
        colorBar.setId("compareColorBar");
        setTop(top);
        setCenter(grid);
        setRight(colorBar);
        setBottom(bottom);
        vm.panels().addListener((javafx.collections.ListChangeListener<ComparePanel>) c -> layoutPanels(vm.panels()));
        vm.viewportProperty().addListener((o, a, b) -> canvases.forEach(c -> c.setViewport(b)));
        layoutPanels(vm.panels());
    }

    private void layoutPanels(List<ComparePanel> panels) {
        grid.getChildren().clear();
        canvases.clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        if (panels.isEmpty()) {
            return;
        }
        int columns = panels.size() <= 3 ? panels.size() : 3;
        int rows = (panels.size() + columns - 1) / columns;
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            grid.getRowConstraints().add(rc);
        }
        for (int i = 0; i < panels.size(); i++) {
            ComparePanel p = panels.get(i);
            Label title = new Label(p.title() + (p.title().equals("difference")
                    ? "  (own scale ±" + AxisTicks.value(p.limits().high()) + ")" : ""));
            title.setFont(Font.font(null, FontWeight.BOLD, 12));
            Label subtitle = new Label(p.subtitle());
            RasterCanvas canvas = new RasterCanvas();
            canvas.setPrefSize(300, 300);
            canvas.setId("comparePanel" + i);
            canvas.show(p.field(), p.raster());
            canvas.setViewport(vm.viewportProperty().get());
            int index = i;
            canvas.onHover((column, row) -> vm.hover(index, column, row), () -> vm.hover(-1, 0, 0));
            canvas.onZoom(vm::zoom);
            canvas.onPan(d -> vm.pan(d[0], d[1]));
            canvas.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2) {
                    vm.resetView();
                }
            });
            canvases.add(canvas);
            VBox box = new VBox(2, title, subtitle, canvas);
            VBox.setVgrow(canvas, Priority.ALWAYS);
            grid.add(box, i % columns, i / columns);
        }
        if (!panels.isEmpty()) {
            ComparePanel first = panels.getFirst();
            colorBar.show(first.colormap(), first.limits(), first.field().units());
        }
    }

    /** Number of panels drawn (tests). */
    public int panelCount() {
        return grid.getChildren().size();
    }
}
