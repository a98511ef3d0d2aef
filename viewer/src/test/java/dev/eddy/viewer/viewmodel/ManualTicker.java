package dev.eddy.viewer.viewmodel;

/** A ticker driven by the test. */
final class ManualTicker implements ViewerContext.Ticker {
    Runnable tick;
    double rate;

    @Override
    public void start(double perSecond, Runnable newTick) {
        rate = perSecond;
        tick = newTick;
    }

    @Override
    public void stop() {
        tick = null;
    }

    void fire(int times) {
        for (int i = 0; i < times && tick != null; i++) {
            tick.run();
        }
    }
}
