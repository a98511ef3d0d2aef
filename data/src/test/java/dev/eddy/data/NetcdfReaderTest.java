package dev.eddy.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucar.ma2.Array;
import ucar.ma2.DataType;
import ucar.nc2.Attribute;
import ucar.nc2.NetcdfFile;
import ucar.nc2.NetcdfFileWriter;
import ucar.nc2.Variable;

/** Reading files written by other tools: packing, fill values, integer types, descending coordinates. */
class NetcdfReaderTest {
    private static final double SCALE = 0.5;
    private static final double OFFSET = 100.0;
    private static final short FILL = -32767;
    private static final short MISSING = -999;
    /** Packed int16 values of {@code z(lat, lon)}, lat descending 30, 0, -30; lon 0, 90. */
    private static final short[] PACKED = {-200, 4, FILL, 10, MISSING, 32000};

    @TempDir
    static Path dir;
    static Path packedFile;

    /** Writes the fixture with netcdf-java's own writer, as an outside tool would (not through eddy's writer). */
    @BeforeAll
    static void writePackedFixture() throws Exception {
        packedFile = dir.resolve("packed.nc");
        NetcdfFileWriter w = NetcdfFileWriter.createNew(NetcdfFileWriter.Version.netcdf3, packedFile.toString());
        w.addDimension(null, "lat", 3);
        w.addDimension(null, "lon", 2);
        Variable lat = w.addVariable(null, "lat", DataType.DOUBLE, "lat");
        w.addVariableAttribute(lat, new Attribute("units", "degrees_north"));
        Variable lon = w.addVariable(null, "lon", DataType.DOUBLE, "lon");
        Variable z = w.addVariable(null, "z", DataType.SHORT, "lat lon");
        w.addVariableAttribute(z, new Attribute("scale_factor", SCALE));
        w.addVariableAttribute(z, new Attribute("add_offset", OFFSET));
        w.addVariableAttribute(z, new Attribute("_FillValue", FILL));
        w.addVariableAttribute(z, new Attribute("missing_value", MISSING));
        w.addVariableAttribute(z, new Attribute("units", "m"));
        Variable b = w.addVariable(null, "flags", DataType.BYTE, "lon");
        w.addVariableAttribute(b, new Attribute("_Unsigned", "true"));
        w.addVariableAttribute(b, new Attribute("_FillValue", (byte) -1));
        Variable i = w.addVariable(null, "counts", DataType.INT, "lon");
        Variable f = w.addVariable(null, "ratio", DataType.FLOAT, "lon");
        w.addVariableAttribute(f, new Attribute("valid_range", Array.factory(new float[] {0f, 1f})));
        w.create();
        w.write(lat, Array.factory(new double[] {30, 0, -30}));
        w.write(lon, Array.factory(new double[] {0, 90}));
        w.write(z, Array.factory(DataType.SHORT, new int[] {3, 2}, PACKED));
        w.write(b, Array.factory(new byte[] {(byte) 200, (byte) 255}));
        w.write(i, Array.factory(new int[] {-5, 123456789}));
        w.write(f, Array.factory(new float[] {0.25f, 1.5f}));
        w.close();
    }

    @Test
    void packedValuesAreUnpackedAndFillAndMissingBecomeNaN() {
        try (NetcdfReader r = NetcdfReader.open(packedFile)) {
            double[] z = r.read("z").values();
            assertEquals(-200 * SCALE + OFFSET, z[0], 0.0);
            assertEquals(4 * SCALE + OFFSET, z[1], 0.0);
            assertTrue(Double.isNaN(z[2]), "_FillValue -> NaN");
            assertEquals(10 * SCALE + OFFSET, z[3], 0.0);
            assertTrue(Double.isNaN(z[4]), "missing_value -> NaN");
            assertEquals(32000 * SCALE + OFFSET, z[5], 0.0);
        }
    }

    @Test
    void integerTypesUnsignedAndValidRangeBecomeDoubles() {
        try (NetcdfReader r = NetcdfReader.open(packedFile)) {
            double[] flags = r.read("flags").values();
            assertEquals(200, flags[0], 0.0, "unsigned byte");
            assertTrue(Double.isNaN(flags[1]), "unsigned 255 is the fill value -1 of the signed attribute");
            assertArrayEquals(new double[] {-5, 123456789}, r.read("counts").values(), 0.0);
            double[] ratio = r.read("ratio").values();
            assertEquals(0.25, ratio[0], 0.0);
            assertTrue(Double.isNaN(ratio[1]), "outside valid_range -> NaN");
        }
    }

    @Test
    void descendingCoordinatesAreReturnedAsStoredAndCanBeFlipped() {
        try (NetcdfReader r = NetcdfReader.open(packedFile)) {
            assertArrayEquals(new double[] {30, 0, -30}, r.read("lat").values(), 0.0);
            assertTrue(r.isDescending("lat"));
            assertFalse(r.isDescending("lon"));
            assertArrayEquals(new double[] {-30, 0, 30}, r.readAscending("lat").values(), 0.0);
            LabelledArray z = r.readAscending("z");
            assertEquals(List.of("lat", "lon"), z.dims());
            assertEquals(r.read("z").get(2, 1), z.get(0, 1), 0.0);
            assertEquals(r.read("z").get(0, 0), z.get(2, 0), 0.0);
        }
    }

    @Test
    void readIndexAndReadLastSliceAlongADimension() {
        try (NetcdfReader r = NetcdfReader.open(packedFile)) {
            LabelledArray row = r.readIndex("z", "lat", 2);
            assertEquals(List.of("lon"), row.dims());
            assertTrue(Double.isNaN(row.get(0)), "fill value in the last row");
            assertEquals(32000 * SCALE + OFFSET, row.get(1), 0.0);
            LabelledArray column = r.readLast("z", "lon");
            assertEquals(List.of("lat"), column.dims());
            assertEquals(32000 * SCALE + OFFSET, column.get(2), 0.0);
        }
    }

    /** The T21 ERA5 orography in the shared data: int16 packed NetCDF-4 with a north-to-south latitude axis. */
    @Test
    void t21OrographyIsUnpackedFromPackedNetcdf4() throws Exception {
        Path oro = Path.of(System.getProperty("eddy.shared.dir", "../shared"), "qg3-t21", "raw", "oro-t21.nc");
        assumeTrue(Files.exists(oro), "shared data not present: " + oro);
        try (NetcdfReader r = NetcdfReader.open(oro)) {
            assertEquals(NetcdfFormat.NC4, r.format());
            LabelledArray z = r.read("z");
            assertEquals(List.of("time", "lat", "lon"), z.dims());
            assertArrayEquals(new int[] {1, 32, 64}, z.shape());
            double max = java.util.Arrays.stream(z.values()).max().orElseThrow();
            double min = java.util.Arrays.stream(z.values()).min().orElseThrow();
            // Reference: netCDF4-python (Debian) reads raw int16 extremes -25173 and -31253; unpacked in double
            // they are 5431.5604 m and -27.9108 m. xarray unpacks in float32 and reports 5431.5586 and -27.91211,
            // within float32 rounding at the add_offset's magnitude (ulp(28035f) = 0.002).
            assertEquals(-25173 * 0.897939420788 + 28035.3894091959, max, 1e-9);
            assertEquals(-31253 * 0.897939420788 + 28035.3894091959, min, 1e-9);
            assertEquals(5431.5586, max, 4e-3);
            assertEquals("meter", r.info("z").units());
            assertTrue(r.isDescending("lat"));
            assertEquals(85.76, r.read("lat").get(0), 1e-9);
            try (NetcdfFile raw = NetcdfFile.open(oro.toString())) {
                short packed = raw.findVariable("z").read().getShort(5 * 64 + 7);
                double expected = packed * 0.897939420788 + 28035.3894091959;
                assertEquals(expected, z.get(0, 5, 7), 1e-9, "p * scale_factor + add_offset");
            }
            LabelledArray north = r.readAscending("z");
            assertEquals(z.get(0, 0, 3), north.get(0, 31, 3), 0.0);
        }
    }
}
