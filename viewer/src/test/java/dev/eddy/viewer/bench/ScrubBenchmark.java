package dev.eddy.viewer.bench;

import dev.eddy.viewer.TestFiles;
import dev.eddy.viewer.service.ColorLimits;
import dev.eddy.viewer.service.Colormaps;
import dev.eddy.viewer.service.Field2D;
import dev.eddy.viewer.service.FieldRasterizer;
import dev.eddy.viewer.service.FrameCache;
import dev.eddy.viewer.service.LimitMode;
import dev.eddy.viewer.service.NetcdfTrajectorySource;
import dev.eddy.viewer.service.Raster;
import dev.eddy.viewer.view.FxImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Frame render time while scrubbing a large file: 1024² × 200 float frames (about 800 MiB) generated once into
 * {@code eddy.viewer.bench.dir} (default /tmp/eddy-viewer-bench, never in the repository). For every frame it times
 * the background job of the field view (read the slice, robust colour limits, rasterize to ARGB) and the UI-thread
 * upload into a {@link WritableImage}, in time order and in a shuffled order, and prints a table. Numbers are only
 * printed, never asserted. Run: see docs/viewer.md, "Scrubbing performance".
 */
@Tag("benchmark")
class ScrubBenchmark {
    private static final int N = Integer.getInteger("eddy.viewer.bench.n", 1024);
    private static final int FRAMES = Integer.getInteger("eddy.viewer.bench.frames", 200);

    @Test
    void scrub() throws Exception {
        Path dir = Path.of(System.getProperty("eddy.viewer.bench.dir", "/tmp/eddy-viewer-bench"));
        Files.createDirectories(dir);
        Path file = dir.resolve("scrub-" + N + "x" + FRAMES + ".nc");
        if (!Files.exists(file)) {
            long t0 = System.nanoTime();
            TestFiles.broadband(file, N, FRAMES, 0.5, 42);
            System.out.printf(Locale.ROOT, "generated %s (%d MiB) in %.1f s%n", file, Files.size(file) >> 20, (System.nanoTime() - t0) / 1e9);
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
            started.get(60, TimeUnit.SECONDS);
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        List<Integer> inOrder = new ArrayList<>();
        for (int i = 0; i < FRAMES; i++) {
            inOrder.add(i);
        }
        List<Integer> shuffled = new ArrayList<>(inOrder);
        Collections.shuffle(shuffled, new Random(1));
        System.out.printf(Locale.ROOT, "%nScrub of %d² × %d frames, %s, Java %s, %d cores%n", N, FRAMES, file,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.println("| order | stage | median ms | p95 ms | max ms |");
        System.out.println("|---|---|---|---|---|");
        run("time order", file, inOrder);
        run("shuffled", file, shuffled);
        playback(file, 10);
    }

    /**
     * Playback at {@code fps}: on every tick the frame is read (from the cache when the read-ahead finished),
     * limited, rasterized and uploaded, then the next frame is read ahead on another thread, as the field view does.
     */
    private static void playback(Path file, int fps) throws Exception {
        double[] total = new double[FRAMES];
        long period = 1_000_000_000L / fps;
        java.util.concurrent.ExecutorService ahead = java.util.concurrent.Executors.newSingleThreadExecutor();
        WritableImage[] image = {null};
        try (NetcdfTrajectorySource source = NetcdfTrajectorySource.open(file)) {
            FrameCache cache = new FrameCache(source, 4L * N * N);
            for (int t = 0; t < FRAMES; t++) {
                long tick = System.nanoTime();
                Field2D f = cache.frame("vorticity", t, 0);
                Raster r = FieldRasterizer.rasterize(f, ColorLimits.of(f.values(), LimitMode.ROBUST), Colormaps.diverging());
                CompletableFuture<Void> fx = new CompletableFuture<>();
                Platform.runLater(() -> {
                    image[0] = FxImages.toImage(r, image[0]);
                    fx.complete(null);
                });
                fx.get(10, TimeUnit.SECONDS);
                total[t] = (System.nanoTime() - tick) / 1e6;
                int next = (t + 1) % FRAMES;
                ahead.submit(() -> cache.frame("vorticity", next, 0));
                long rest = tick + period - System.nanoTime();
                if (rest > 0) {
                    Thread.sleep(rest / 1_000_000, (int) (rest % 1_000_000));
                }
            }
        } finally {
            ahead.shutdownNow();
        }
        row("playback " + fps + " fps, read-ahead", "tick to picture", total);
        long late = Arrays.stream(total).filter(ms -> ms > 1000.0 / fps).count();
        System.out.printf(Locale.ROOT, "playback at %d fps: %d of %d frames missed their tick%n", fps, late, FRAMES);
    }

    private static void run(String label, Path file, List<Integer> order) throws Exception {
        double[] read = new double[order.size()];
        double[] limits = new double[order.size()];
        double[] raster = new double[order.size()];
        double[] upload = new double[order.size()];
        double[] total = new double[order.size()];
        WritableImage[] image = {null};
        try (NetcdfTrajectorySource source = NetcdfTrajectorySource.open(file)) {
            FrameCache cache = new FrameCache(source, (long) N * N);
            for (int k = 0; k < order.size(); k++) {
                long a = System.nanoTime();
                Field2D f = cache.frame("vorticity", order.get(k), 0);
                long b = System.nanoTime();
                ColorLimits l = ColorLimits.of(f.values(), LimitMode.ROBUST);
                long c = System.nanoTime();
                Raster r = FieldRasterizer.rasterize(f, l, Colormaps.diverging());
                long d = System.nanoTime();
                CompletableFuture<Long> fx = new CompletableFuture<>();
                Platform.runLater(() -> {
                    long s = System.nanoTime();
                    image[0] = FxImages.toImage(r, image[0]);
                    fx.complete(System.nanoTime() - s);
                });
                upload[k] = fx.get(10, TimeUnit.SECONDS) / 1e6;
                read[k] = (b - a) / 1e6;
                limits[k] = (c - b) / 1e6;
                raster[k] = (d - c) / 1e6;
                total[k] = read[k] + limits[k] + raster[k] + upload[k];
            }
        }
        row(label, "read frame (NetCDF slice → double[])", read);
        row(label, "robust 2–98 % limits", limits);
        row(label, "rasterize to ARGB", raster);
        row(label, "upload to WritableImage (FX thread)", upload);
        row(label, "total per frame", total);
    }

    private static void row(String order, String stage, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f |%n", order, stage, s[s.length / 2],
                s[(int) Math.ceil(0.95 * s.length) - 1], s[s.length - 1]);
    }
}
