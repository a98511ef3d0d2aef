package dev.eddy.viewer.view;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.scene.control.Slider;

/** Small binding helpers shared by the panes. */
final class Controls {
    private Controls() {
    }

    /** An integer slider 0..count-1 kept in step with {@code index} both ways. */
    static Slider indexSlider(String id, IntegerProperty index, ReadOnlyIntegerProperty count) {
        Slider s = new Slider(0, Math.max(0, count.get() - 1), index.get());
        s.setId(id);
        s.setBlockIncrement(1);
        s.setMajorTickUnit(1);
        s.setMinorTickCount(0);
        s.setSnapToTicks(true);
        count.addListener((o, a, b) -> {
            s.setMax(Math.max(0, b.intValue() - 1));
            s.setDisable(b.intValue() <= 1);
            s.setValue(index.get());
        });
        s.setDisable(count.get() <= 1);
        s.valueProperty().addListener((o, a, b) -> {
            int v = (int) Math.round(b.doubleValue());
            if (v != index.get()) {
                index.set(v);
            }
        });
        index.addListener((o, a, b) -> {
            if ((int) Math.round(s.getValue()) != b.intValue()) {
                s.setValue(b.intValue());
            }
        });
        return s;
    }
}
