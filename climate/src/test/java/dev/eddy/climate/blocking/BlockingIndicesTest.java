package dev.eddy.climate.blocking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucar.ma2.ArrayDouble;
import ucar.ma2.ArrayShort;
import ucar.ma2.DataType;
import ucar.nc2.Dimension;
import ucar.nc2.NetcdfFileWriter;
import ucar.nc2.Variable;

class BlockingIndicesTest {
    static final double[] AMPLITUDE = {0, 100, -50, 200, 0, 30};

    /** Z500 on a 2.5° grid, north-to-south latitudes and −180..177.5 longitudes; a uniform anomaly A(t) inside 45–75°N, 60°W–0°. */
    static double z(double t, double lat, double lon) {
        double base = 5800 - 8 * (lat - 20) + 40 * Math.cos(Math.toRadians(2 * lon));
        boolean inBox = lat >= 45 && lat <= 75 && lon >= -60 && lon <= 0;
        return base + (inBox ? AMPLITUDE[(int) t] : 0);
    }

    /** Writes a reanalysis-like file: hgt(time, level, lat, lon) as packed int16, latitudes descending. */
    static Path writePackedFile(Path dir) throws IOException {
        Path file = dir.resolve("hgt.nc");
        double scale = 0.5;
        double offset = 5000;
        NetcdfFileWriter w = NetcdfFileWriter.createNew(NetcdfFileWriter.Version.netcdf3, file.toString());
        try {
            Dimension time = w.addUnlimitedDimension("time");
            Dimension level = w.addDimension(null, "level", 2);
            Dimension lat = w.addDimension(null, "lat", 73);
            Dimension lon = w.addDimension(null, "lon", 144);
            Variable tv = w.addVariable(null, "time", DataType.DOUBLE, List.of(time));
            tv.addAttribute(new ucar.nc2.Attribute("units", "hours since 1958-02-01 00:00:00"));
            w.addVariable(null, "level", DataType.DOUBLE, List.of(level));
            w.addVariable(null, "lat", DataType.DOUBLE, List.of(lat));
            w.addVariable(null, "lon", DataType.DOUBLE, List.of(lon));
            Variable h = w.addVariable(null, "hgt", DataType.SHORT, List.of(time, level, lat, lon));
            h.addAttribute(new ucar.nc2.Attribute("scale_factor", scale));
            h.addAttribute(new ucar.nc2.Attribute("add_offset", offset));
            h.addAttribute(new ucar.nc2.Attribute("units", "m"));
            w.create();
            int nt = AMPLITUDE.length;
            ArrayDouble.D1 times = new ArrayDouble.D1(nt);
            for (int t = 0; t < nt; t++) {
                times.set(t, 24.0 * t);
            }
            ArrayDouble.D1 levels = new ArrayDouble.D1(2);
            levels.set(0, 850);
            levels.set(1, 500);
            ArrayDouble.D1 lats = new ArrayDouble.D1(73);
            for (int i = 0; i < 73; i++) {
                lats.set(i, 90 - 2.5 * i);
            }
            ArrayDouble.D1 lons = new ArrayDouble.D1(144);
            for (int j = 0; j < 144; j++) {
                lons.set(j, -180 + 2.5 * j);
            }
            ArrayShort.D4 data = new ArrayShort.D4(nt, 2, 73, 144);
            for (int t = 0; t < nt; t++) {
                for (int i = 0; i < 73; i++) {
                    for (int j = 0; j < 144; j++) {
                        double value = z(t, 90 - 2.5 * i, -180 + 2.5 * j);
                        data.set(t, 0, i, j, (short) 0);
                        data.set(t, 1, i, j, (short) Math.round((value - offset) / scale));
                    }
                }
            }
            w.write(tv, times);
            w.write(w.findVariable("level"), levels);
            w.write(w.findVariable("lat"), lats);
            w.write(w.findVariable("lon"), lons);
            w.write(h, data);
        } catch (ucar.ma2.InvalidRangeException e) {
            throw new IOException(e);
        } finally {
            w.close();
        }
        return file;
    }

    @Test
    void readsPackedDescendingReanalysisFilesAndComputesTheBoxAnomaly(@TempDir Path dir) throws IOException {
        Z500Series series = Z500Reader.read(writePackedFile(dir), null);
        assertEquals(-90, series.lat()[0]);
        assertEquals(0, series.lon()[0]);
        assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5}, series.time(), 1e-12);
        double mean = 0;
        for (double a : AMPLITUDE) {
            mean += a / AMPLITUDE.length;
        }
        double[] index = BlockingIndices.boxAnomaly(series, LatLonBox.ATLANTIC);
        for (int t = 0; t < AMPLITUDE.length; t++) {
            assertEquals(AMPLITUDE[t] - mean, index[t], 0.5, "packing resolution is 0.5 m");
        }
        double[] outside = BlockingIndices.boxAnomaly(series, new LatLonBox(45, 75, 90, 150));
        for (double v : outside) {
            assertEquals(0, v, 0.5);
        }
    }

    @Test
    void tibaldiMolteniFlagsAReversedMeridionalGradientOnly() {
        double[] lat = new double[37];
        for (int i = 0; i < lat.length; i++) {
            lat[i] = 2.5 * i;
        }
        double[] lon = new double[72];
        for (int j = 0; j < lon.length; j++) {
            lon[j] = 5 * j;
        }
        List<Double> values = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            for (double phi : lat) {
                for (double lam : lon) {
                    double zonal = 5800 - 10 * (phi - 20);
                    boolean blockedHere = t == 1 && lam >= 320 && lam <= 340;
                    double high = blockedHere ? 600 * Math.exp(-Math.pow((phi - 62) / 10, 2)) : 0;
                    values.add(zonal + high);
                }
            }
        }
        Z500Series series = new Z500Series(new double[] {0, 1}, "days since 2000-01-01", lat, lon,
                values.stream().mapToDouble(Double::doubleValue).toArray());
        double[] index = BlockingIndices.tibaldiMolteni(series, LatLonBox.ATLANTIC);
        assertEquals(0, index[0]);
        assertEquals(5.0 / 13, index[1], 1e-12, "longitudes 320..340 of the 13 in 300..360 are blocked");
    }

    @Test
    void rejectsABoxWithoutGridPointsAndAFileWithoutZ500(@TempDir Path dir) {
        Z500Series tiny = new Z500Series(new double[] {0}, "days since 2000-01-01", new double[] {0, 10}, new double[] {0, 10},
                new double[4]);
        assertThrows(IllegalArgumentException.class, () -> BlockingIndices.boxAnomaly(tiny, LatLonBox.ATLANTIC));
        assertThrows(IllegalArgumentException.class, () -> BlockingIndices.tibaldiMolteni(tiny, LatLonBox.ATLANTIC));
        assertThrows(IllegalArgumentException.class, () -> LatLonBox.parse("45,75,-60"));
    }
}
