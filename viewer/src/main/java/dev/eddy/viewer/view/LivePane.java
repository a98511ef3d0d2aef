package dev.eddy.viewer.view;

import dev.eddy.viewer.viewmodel.LiveViewModel;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.converter.NumberStringConverter;

/** Live mode: choose solver, grid and Reynolds number, start and stop, and watch the vorticity evolve. */
public final class LivePane extends BorderPane {
    private final RasterCanvas canvas = new RasterCanvas();
    private final ColorBar colorBar = new ColorBar();

    public LivePane(LiveViewModel vm) {
        setId("livePane");
        ChoiceBox<String> solver = new ChoiceBox<>();
        solver.getItems().setAll("spectral", "fv");
        solver.setId("liveSolver");
        solver.valueProperty().bindBidirectional(vm.solverProperty());
        ChoiceBox<Number> grid = new ChoiceBox<>();
        grid.getItems().setAll(32, 64, 128, 256);
        grid.setId("liveGrid");
        grid.valueProperty().bindBidirectional(vm.gridProperty());
        TextField reynolds = new TextField();
        reynolds.setId("liveReynolds");
        reynolds.setPrefColumnCount(6);
        reynolds.textProperty().bindBidirectional(vm.reynoldsProperty(), new NumberStringConverter(java.util.Locale.ROOT, "0.###"));
        Button start = new Button("Start");
        start.setId("liveStart");
        start.setOnAction(e -> vm.start());
        Button stop = new Button("Stop");
        stop.setId("liveStop");
        stop.disableProperty().bind(vm.runningProperty().not());
        stop.setOnAction(e -> vm.stop());
        HBox top = new HBox(8, new Label("Solver"), solver, new Label("Grid"), grid, new Label("Re"), reynolds, start, stop,
                new Label("Kolmogorov forcing sin(4y), drag 0.1, random start (seed 1)"));
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6));
        Label status = new Label();
        status.setId("liveStatus");
        status.textProperty().bind(vm.statusProperty());
        Label error = new Label();
        error.setTextFill(Color.FIREBRICK);
        error.textProperty().bind(vm.errorProperty());
        VBox bottom = new VBox(4, status, error);
        bottom.setPadding(new Insets(6));
        canvas.setId("liveCanvas");
        setTop(top);
        setCenter(canvas);
        setRight(colorBar);
        setBottom(bottom);
        vm.rasterProperty().addListener((o, a, b) -> {
            canvas.show(vm.fieldProperty().get(), b);
            colorBar.show(vm.colormap(), vm.limitsProperty().get(), "1");
        });
    }
}
