package dev.eddy.viewer.view;

import dev.eddy.viewer.viewmodel.ViewerContext;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** Playback clock on the FX thread. */
public final class FxTicker implements ViewerContext.Ticker {
    private Timeline timeline;

    @Override
    public void start(double perSecond, Runnable tick) {
        stop();
        timeline = new Timeline(new KeyFrame(Duration.millis(1000.0 / Math.max(0.1, perSecond)), e -> tick.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
    }

    @Override
    public void stop() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
    }
}
