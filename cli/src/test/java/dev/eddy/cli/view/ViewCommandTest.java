package dev.eddy.cli.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.cli.CliRunner;
import dev.eddy.data.DataKind;
import dev.eddy.data.DatasetSchema;
import dev.eddy.data.FrameWriter;
import dev.eddy.data.LabelledArray;
import dev.eddy.data.NetcdfFormat;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ViewCommandTest {
    @TempDir
    Path dir;

    private Path vorticityFile(String name, int frames) {
        int n = 24;
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = 2 * Math.PI * i / n;
        }
        DatasetSchema schema = DatasetSchema.builder().dimension("y", n).dimension("x", n)
                .unlimitedTime("1", Map.of())
                .coordinate(LabelledArray.coordinate("y", c, Map.of()))
                .coordinate(LabelledArray.coordinate("x", c, Map.of()))
                .variable("vorticity", DataKind.FLOAT, List.of("time", "y", "x"), Map.of("units", "1/s"))
                .build();
        Path file = dir.resolve(name);
        try (FrameWriter w = FrameWriter.create(file, schema, NetcdfFormat.NC3)) {
            for (int f = 0; f < frames; f++) {
                double[] v = new double[n * n];
                for (int j = 0; j < n; j++) {
                    for (int i = 0; i < n; i++) {
                        v[j * n + i] = Math.sin(c[i] + 0.3 * f) * Math.cos(2 * c[j]);
                    }
                }
                w.writeFrame(f, Map.of("vorticity", v));
            }
        }
        return file;
    }

    @Test
    void screenshotWritesAPngOfTheRequestedSize() throws Exception {
        Path file = vorticityFile("a.nc", 4);
        Path png = dir.resolve("shot.png");
        CliRunner r = CliRunner.run("view", file.toString(), "--screenshot", png.toString(), "--time", "2", "--size", "900x600");
        assertEquals(0, r.exitCode(), r.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(900, image.getWidth());
        assertEquals(600, image.getHeight());
        Path compare = dir.resolve("compare.png");
        CliRunner c = CliRunner.run("view", file.toString(), vorticityFile("b.nc", 4).toString(), "--screenshot",
                compare.toString(), "--layout", "compare");
        assertEquals(0, c.exitCode(), c.err());
        assertTrue(Files.size(compare) > 10_000);
    }

    @Test
    void mapWithABlockingIndex() throws Exception {
        double[] lat = {60, 30, 0, -30, -60};
        double[] lon = {0, 60, 120, 180, 240, 300};
        DatasetSchema schema = DatasetSchema.builder().dimension("lat", 5).dimension("lon", 6)
                .unlimitedTime("days since 2000-01-01", Map.of())
                .coordinate(LabelledArray.coordinate("lat", lat, Map.of("units", "degrees_north")))
                .coordinate(LabelledArray.coordinate("lon", lon, Map.of("units", "degrees_east")))
                .variable("geopotential_height", DataKind.FLOAT, List.of("time", "lat", "lon"), Map.of("units", "m"))
                .build();
        Path qg = dir.resolve("qg.nc");
        try (FrameWriter w = FrameWriter.create(qg, schema, NetcdfFormat.NC3)) {
            for (int t = 0; t < 3; t++) {
                double[] z = new double[30];
                for (int k = 0; k < 30; k++) {
                    z[k] = 5500 + 10 * k + t;
                }
                w.writeFrame(t, Map.of("geopotential_height", z));
            }
        }
        DatasetSchema indexSchema = DatasetSchema.builder().unlimitedTime("days since 2000-01-01", Map.of())
                .variable("blocking_index", DataKind.DOUBLE, List.of("time"), Map.of("units", "m")).build();
        Path index = dir.resolve("index.nc");
        try (FrameWriter w = FrameWriter.create(index, indexSchema, NetcdfFormat.NC3)) {
            for (int t = 0; t < 3; t++) {
                w.writeFrame(t, Map.of("blocking_index", new double[] {t * 10.0}));
            }
        }
        Path png = dir.resolve("map.png");
        CliRunner r = CliRunner.run("view", qg.toString(), "--index", index.toString(), "--layout", "map", "--screenshot", png.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.size(png) > 10_000);
        CliRunner bad = CliRunner.run("view", qg.toString(), "--index", qg.toString(), "--layout", "map", "--screenshot", png.toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("has no time series"), bad.err());
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo() throws Exception {
        Path junk = dir.resolve("junk.nc");
        Files.write(junk, new byte[] {'C', 'D', 'F', 1, 0, 0, 0, 9, 1, 2, 3});
        CliRunner r = CliRunner.run("view", junk.toString(), "--screenshot", dir.resolve("x.png").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("eddy: cannot open junk.nc"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());

        Path good = vorticityFile("c.nc", 2);
        CliRunner layout = CliRunner.run("view", good.toString(), "--screenshot", dir.resolve("y.png").toString(), "--layout", "globe");
        assertEquals(2, layout.exitCode());
        assertTrue(layout.err().contains("unknown layout 'globe'"), layout.err());
        CliRunner variable = CliRunner.run("view", good.toString(), "--screenshot", dir.resolve("z.png").toString(), "--variable", "u");
        assertEquals(2, variable.exitCode());
        assertTrue(variable.err().contains("variable 'u' is not a 2-D field"), variable.err());
        CliRunner map = CliRunner.run("view", good.toString(), "--screenshot", dir.resolve("m.png").toString(), "--layout", "map");
        assertEquals(2, map.exitCode());
        assertTrue(map.err().contains("no (lat, lon) field"), map.err());
    }
}
