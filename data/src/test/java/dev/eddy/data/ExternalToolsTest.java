package dev.eddy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Files eddy writes open cleanly in the reference tools: {@code ncdump -h} (netcdf-bin) and Debian's xarray with every
 * Python warning turned into an error. Without the tools the test is skipped, except under CI (env {@code CI} set)
 * where it fails (see {@link ExternalTools}).
 */
class ExternalToolsTest {
    @TempDir
    Path dir;

    /** A file with both a dimensionless and a calendar time, float and double fields, and full provenance. */
    private Path write(NetcdfFormat format, String timeUnits) {
        Path file = dir.resolve("tools-" + format + ".nc");
        DatasetSchema schema = DatasetSchema.builder()
                .unlimitedTime(timeUnits, Map.of())
                .coordinate(LabelledArray.coordinate("y", new double[] {0, 1, 2, 3},
                        Map.of("units", "m", "long_name", "y", "axis", "Y")))
                .coordinate(LabelledArray.coordinate("x", new double[] {0, 1, 2, 3, 4, 5},
                        Map.of("units", "m", "long_name", "x", "axis", "X")))
                .staticVariable(LabelledArray.of("bottom", List.of("y", "x"), new int[] {4, 6}, new double[24],
                        Map.of("units", "m", "long_name", "bottom height")), DataKind.FLOAT)
                .variable("vorticity", DataKind.FLOAT, List.of("time", "y", "x"),
                        Map.of("units", "s-1", "long_name", "relative vorticity",
                                "standard_name", "atmosphere_relative_vorticity"))
                .variable("energy", DataKind.DOUBLE, List.of("time"), Map.of("units", "m2 s-2",
                        "long_name", "kinetic energy"))
                .globalAttributes(Provenance.of("eddy simulate --out x.nc", "grid = 4\nviscosity = 1e-3", 42L))
                .build();
        try (FrameWriter w = FrameWriter.create(file, schema, format)) {
            for (int n = 0; n < 4; n++) {
                double[] v = new double[24];
                for (int k = 0; k < 24; k++) {
                    v[k] = n + 0.25 * k;
                }
                w.writeFrame(0.5 * n, Map.of("vorticity", v, "energy", new double[] {n * n}));
            }
        }
        return file;
    }

    @ParameterizedTest
    @EnumSource(NetcdfFormat.class)
    void ncdumpReadsTheHeaderWithoutComplaint(NetcdfFormat format) throws Exception {
        ExternalTools.requireNcdump();
        ExternalTools.requireNc4(format);
        Path file = write(format, "1");
        ExternalTools.Result r = ExternalTools.run(List.of(ExternalTools.NCDUMP, "-h", file.toString()));
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err().strip(), "ncdump wrote to stderr");
        assertTrue(r.out().contains("time = UNLIMITED ; // (4 currently)"), r.out());
        assertTrue(r.out().contains(":Conventions = \"CF-1.8\""), r.out());
        assertTrue(r.out().contains("float vorticity(time, y, x)"), r.out());
        ExternalTools.Result kind = ExternalTools.run(List.of(ExternalTools.NCDUMP, "-k", file.toString()));
        assertEquals(format == NetcdfFormat.NC3 ? "64-bit offset" : "netCDF-4", kind.out().strip());
        if (format == NetcdfFormat.NC4) {
            ExternalTools.Result s = ExternalTools.run(List.of(ExternalTools.NCDUMP, "-hs", file.toString()));
            assertTrue(s.out().contains("vorticity:_DeflateLevel = 5"), s.out());
            assertTrue(s.out().contains("vorticity:_Shuffle = \"true\""), s.out());
            assertTrue(s.out().contains("vorticity:_ChunkSizes = 1, 4, 6"), s.out());
        }
    }

    @ParameterizedTest
    @EnumSource(NetcdfFormat.class)
    void xarrayOpensDimensionlessTimeWithWarningsAsErrors(NetcdfFormat format) throws Exception {
        ExternalTools.requireXarray();
        ExternalTools.requireNc4(format);
        Path file = write(format, "1");
        String script = String.join("\n",
                "import sys, xarray",
                "ds = xarray.open_dataset(sys.argv[1])",
                "ds.load()",
                "print(ds.sizes['time'], ds.sizes['y'], ds.sizes['x'])",
                "print(repr(float(ds.vorticity.sum())), repr(float(ds.energy.sum())), ds.time.dtype)",
                "print(ds.attrs['Conventions'], ds.attrs['eddy_seed'], ds.vorticity.attrs['units'])",
                "ds.close()");
        ExternalTools.Result r = ExternalTools.xarrayScript(script, file);
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err().strip(), "python wrote to stderr (warnings are errors)");
        List<String> lines = r.out().strip().lines().toList();
        assertEquals("4 4 6", lines.get(0));
        String[] sums = lines.get(1).split(" ");
        assertEquals(4 * 24 * 1.5 + 4 * 0.25 * 276, Double.parseDouble(sums[0]), 1e-3, "sum of vorticity");
        assertEquals(0 + 1 + 4 + 9, Double.parseDouble(sums[1]), 0.0, "sum of energy");
        assertEquals("float64", sums[2]);
        assertEquals("CF-1.8 42 s-1", lines.get(2));
    }

    @ParameterizedTest
    @EnumSource(NetcdfFormat.class)
    void xarrayDecodesCalendarTimeWithWarningsAsErrors(NetcdfFormat format) throws Exception {
        ExternalTools.requireXarray();
        ExternalTools.requireNc4(format);
        Path file = write(format, "days since 2000-01-01");
        String script = String.join("\n",
                "import sys, xarray",
                "ds = xarray.open_dataset(sys.argv[1])",
                "print(ds.time.dtype, str(ds.time.values[1])[:19])",
                "ds.close()");
        ExternalTools.Result r = ExternalTools.xarrayScript(script, file);
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err().strip(), "python wrote to stderr (warnings are errors)");
        assertEquals("datetime64[ns] 2000-01-01T12:00:00", r.out().strip());
    }
}
