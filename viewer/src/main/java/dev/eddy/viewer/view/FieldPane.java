package dev.eddy.viewer.view;

import dev.eddy.viewer.service.Colormap;
import dev.eddy.viewer.service.Colormaps;
import dev.eddy.viewer.service.FieldVariable;
import dev.eddy.viewer.service.LimitMode;
import dev.eddy.viewer.viewmodel.FieldViewModel;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/** The field view: one variable over time with colour bar, axes, hover read-out, zoom/pan and playback. */
public final class FieldPane extends BorderPane {
    private final RasterCanvas canvas = new RasterCanvas();
    private final ColorBar colorBar = new ColorBar();

    public FieldPane(FieldViewModel vm) {
        setId("fieldPane");
        ComboBox<FieldVariable> variable = new ComboBox<>(vm.variables());
        variable.setId("variableChoice");
        variable.valueProperty().bindBidirectional(vm.variableProperty());
        ComboBox<Colormap> colormap = new ComboBox<>();
        colormap.getItems().setAll(Colormaps.all());
        colormap.setId("colormapChoice");
        colormap.valueProperty().bindBidirectional(vm.colormapProperty());
        ComboBox<LimitMode> limits = new ComboBox<>();
        limits.getItems().setAll(LimitMode.values());
        limits.setId("limitChoice");
        limits.valueProperty().bindBidirectional(vm.limitModeProperty());
        Label extraLabel = new Label();
        extraLabel.textProperty().bind(vm.extraNameProperty());
        Slider extra = Controls.indexSlider("levelSlider", vm.extraIndexProperty(), vm.extraCountProperty());
        extra.setPrefWidth(100);
        extra.visibleProperty().bind(vm.extraCountProperty().greaterThan(1));
        extraLabel.visibleProperty().bind(extra.visibleProperty());
        javafx.scene.control.CheckBox lock = new javafx.scene.control.CheckBox("Lock limits");
        lock.setId("lockLimits");
        lock.selectedProperty().bindBidirectional(vm.lockLimitsProperty());
        HBox top = new HBox(8, new Label("Variable"), variable, extraLabel, extra, new Label("Colormap"), colormap,
                new Label("Limits"), limits, lock);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6));

        Slider time = Controls.indexSlider("timeSlider", vm.timeIndexProperty(), vm.timeCountProperty());
        HBox.setHgrow(time, Priority.ALWAYS);
        ToggleButton play = new ToggleButton("Play");
        play.setId("playButton");
        play.selectedProperty().bindBidirectional(vm.playingProperty());
        play.textProperty().bind(javafx.beans.binding.Bindings.when(vm.playingProperty()).then("Pause").otherwise("Play"));
        Slider speed = new Slider(1, 60, vm.framesPerSecondProperty().get());
        speed.setId("speedSlider");
        speed.setPrefWidth(100);
        speed.valueProperty().bindBidirectional(vm.framesPerSecondProperty());
        Label fps = new Label();
        fps.textProperty().bind(vm.framesPerSecondProperty().asString("%.0f fps"));
        Label timeLabel = new Label();
        timeLabel.setId("timeLabel");
        timeLabel.textProperty().bind(vm.timeLabelProperty());
        timeLabel.setMinWidth(170);
        HBox controls = new HBox(8, play, new Label("Time"), time, timeLabel, new Label("Speed"), speed, fps);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label hover = new Label();
        hover.setId("hoverLabel");
        hover.textProperty().bind(vm.hoverTextProperty());
        Label error = new Label();
        error.setId("fieldError");
        error.setTextFill(Color.FIREBRICK);
        error.textProperty().bind(vm.errorProperty());
        Label timing = new Label();
        timing.textProperty().bind(vm.renderMillisProperty().asString("render %.1f ms"));
        HBox status = new HBox(16, hover, error);
        VBox bottom = new VBox(4, controls, new HBox(16, status, timing));
        bottom.setPadding(new Insets(6));

        canvas.setId("fieldCanvas");
        colorBar.setId("colorBar");
        setTop(top);
        setCenter(canvas);
        setRight(colorBar);
        setBottom(bottom);

        canvas.onHover(vm::hover, vm::clearHover);
        canvas.onZoom(vm::zoom);
        canvas.onPan(d -> vm.pan(d[0], d[1]));
        canvas.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.resetView();
            }
        });
        vm.rasterProperty().addListener((o, a, b) -> canvas.show(vm.fieldProperty().get(), b));
        vm.viewportProperty().addListener((o, a, b) -> canvas.setViewport(b));
        vm.limitsProperty().addListener((o, a, b) -> colorBar.show(vm.colormapProperty().get(), b, vm.unitsProperty().get()));
        vm.colormapProperty().addListener((o, a, b) -> colorBar.show(b, vm.limitsProperty().get(), vm.unitsProperty().get()));
        vm.unitsProperty().addListener((o, a, b) -> colorBar.show(vm.colormapProperty().get(), vm.limitsProperty().get(), b));
        canvas.show(vm.fieldProperty().get(), vm.rasterProperty().get());
        canvas.setViewport(vm.viewportProperty().get());
        colorBar.show(vm.colormapProperty().get(), vm.limitsProperty().get(), vm.unitsProperty().get());
    }

    public RasterCanvas canvas() {
        return canvas;
    }
}
