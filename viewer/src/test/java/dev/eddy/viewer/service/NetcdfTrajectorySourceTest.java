package dev.eddy.viewer.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.viewer.TestFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetcdfTrajectorySourceTest {
    @TempDir
    Path dir;

    @Test
    void readsOneFrameAtATimeWithCoordinates() {
        Path file = TestFiles.turbulence(dir.resolve("t.nc"), 16, 5, 0);
        try (NetcdfTrajectorySource s = NetcdfTrajectorySource.open(file)) {
            assertEquals(List.of("vorticity", "stream_function"), s.fieldVariables().stream().map(FieldVariable::name).toList());
            assertEquals(5, s.timeCount());
            assertEquals(0.4, s.times()[4], 1e-12);
            Field2D f = s.frame("vorticity", 2, 0);
            assertEquals(16, f.nx());
            assertEquals("1/s", f.units());
            assertArrayEquals(TestFiles.periodic(16), f.x(), 1e-12);
            double x = f.x()[3];
            double y = f.y()[5];
            double t = 0.2;
            double expected = 2 * Math.exp(-0.2 * t) * Math.cos(x) * Math.cos(y) + Math.exp(-0.8 * t) * Math.sin(4 * x + 1) * Math.cos(3 * y);
            assertEquals(expected, f.at(3, 5), 1e-6, "float precision");
        }
    }

    @Test
    void levelDimensionIsSelectableAndMaskIsStatic() {
        Path file = TestFiles.qg(dir.resolve("qg.nc"), 3);
        try (NetcdfTrajectorySource s = NetcdfTrajectorySource.open(file)) {
            FieldVariable z = s.fieldVariable("geopotential_height");
            assertEquals("level", z.extraDim());
            assertEquals(3, z.extraSize());
            assertEquals("level 500 hPa", z.extraText(1));
            assertTrue(z.latLon() && z.timed());
            FieldVariable mask = s.fieldVariable("land_sea_mask");
            assertFalse(mask.timed());
            Field2D low = s.frame("geopotential_height", 1, 2);
            Field2D high = s.frame("geopotential_height", 1, 0);
            assertEquals(2000, low.at(0, 0) - high.at(0, 0), 1e-2, "level 800 vs 200 in the generator");
            assertEquals(85.76, low.y()[0], 1e-4);
            assertFalse(low.yAscending());
        }
    }

    @Test
    void ensembleSamplesAreSelectable() {
        Path file = dir.resolve("ensemble.nc");
        dev.eddy.data.DatasetSchema schema = dev.eddy.data.DatasetSchema.builder()
                .dimension("sample", 3).dimension("y", 4).dimension("x", 5)
                .unlimitedTime("1", java.util.Map.of())
                .coordinate(dev.eddy.data.LabelledArray.coordinate("sample", new double[] {0, 1, 2}, java.util.Map.of("units", "1")))
                .variable("vorticity", dev.eddy.data.DataKind.DOUBLE, List.of("time", "sample", "y", "x"), java.util.Map.of())
                .build();
        try (dev.eddy.data.FrameWriter w = dev.eddy.data.FrameWriter.create(file, schema, dev.eddy.data.NetcdfFormat.NC3)) {
            for (int t = 0; t < 2; t++) {
                double[] v = new double[3 * 20];
                for (int k = 0; k < v.length; k++) {
                    v[k] = 100 * t + k / 20;
                }
                w.writeFrame(t, java.util.Map.of("vorticity", v));
            }
        }
        try (NetcdfTrajectorySource s = NetcdfTrajectorySource.open(file)) {
            FieldVariable w = s.fieldVariable("vorticity");
            assertEquals("sample", w.extraDim());
            assertEquals("sample 2", w.extraText(2));
            assertEquals(102, s.frame("vorticity", 1, 2).at(4, 3), 0);
            assertEquals(101, s.frame("vorticity", 1, 1).at(0, 0), 0);
            assertEquals(2, s.frame("vorticity", 0, 2).at(0, 0), 0);
        }
    }

    @Test
    void corruptAndForeignFilesGiveOneLineMessages() throws Exception {
        ViewerException corrupt = assertThrows(ViewerException.class,
                () -> NetcdfTrajectorySource.open(TestFiles.corrupt(dir.resolve("bad.nc"))));
        assertTrue(corrupt.getMessage().startsWith("cannot open bad.nc"), corrupt.getMessage());
        assertFalse(corrupt.getMessage().contains("\n"));
        ViewerException foreign = assertThrows(ViewerException.class,
                () -> NetcdfTrajectorySource.open(TestFiles.notEddy(dir.resolve("series.nc"))));
        assertTrue(foreign.getMessage().contains("has no field to show"), foreign.getMessage());
        ViewerException missing = assertThrows(ViewerException.class, () -> NetcdfTrajectorySource.open(dir.resolve("nope.nc")));
        assertTrue(missing.getMessage().contains("no such file"));
    }

    @Test
    void indexFilesOpenAsSeries() {
        try (NetcdfTrajectorySource s = NetcdfTrajectorySource.openSeries(TestFiles.index(dir.resolve("i.nc"), 20))) {
            assertEquals(List.of("blocking_index", "blocked"), s.seriesVariables());
            assertEquals(2, IndexEvents.events(s).size());
            assertEquals("blocking_index", IndexEvents.index(s).orElseThrow().name());
        }
    }
}
