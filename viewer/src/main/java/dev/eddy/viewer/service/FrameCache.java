package dev.eddy.viewer.service;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Least-recently-used cache of frames in front of a {@link TrajectorySource}, bounded by the number of values held
 * (so a 2048² trajectory keeps a few frames, a 64² one many). Reads are serialised on this object, so one source is
 * never read from two threads at once.
 */
public final class FrameCache {
    private final TrajectorySource source;
    private final long maxValues;
    private long heldValues;
    private final LinkedHashMap<Key, Field2D> frames = new LinkedHashMap<>(16, 0.75f, true);

    private record Key(String variable, int t, int extra) {
    }

    /**
     * @param source    where frames come from
     * @param maxValues most doubles to keep cached (at least one frame is always kept)
     */
    public FrameCache(TrajectorySource source, long maxValues) {
        this.source = source;
        this.maxValues = maxValues;
    }

    /** A cache holding up to 32 Mi doubles (256 MiB). */
    public static FrameCache of(TrajectorySource source) {
        return new FrameCache(source, 32L << 20);
    }

    public TrajectorySource source() {
        return source;
    }

    /** The frame, read from the file only if it is not cached. */
    public synchronized Field2D frame(String variable, int t, int extra) {
        Key key = new Key(variable, t, extra);
        Field2D f = frames.get(key);
        if (f != null) {
            return f;
        }
        f = source.frame(variable, t, extra);
        frames.put(key, f);
        heldValues += f.values().length;
        var it = frames.entrySet().iterator();
        while (heldValues > maxValues && frames.size() > 1) {
            Map.Entry<Key, Field2D> eldest = it.next();
            heldValues -= eldest.getValue().values().length;
            it.remove();
        }
        return f;
    }

    /** Number of frames held now. */
    public synchronized int size() {
        return frames.size();
    }
}
