package dev.eddy.cli.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.cli.CliRunner;
import dev.eddy.data.ExternalTools;
import dev.eddy.data.NetcdfFormat;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files written by {@code eddy simulate} open without a warning in {@code ncdump -h} and in xarray (warnings = errors). */
class SimulateOutputToolsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"fv, nc3, 1", "spectral, nc3, 1", "fv, nc4, 2", "spectral, nc3, 2"})
    void ncdumpAndXarrayOpenSimulateOutput(String solver, String format, int ensemble) throws Exception {
        ExternalTools.requireNcdump();
        ExternalTools.requireXarray();
        ExternalTools.requireNc4(format.equals("nc4") ? NetcdfFormat.NC4 : NetcdfFormat.NC3);
        Path out = dir.resolve(solver + "-" + format + "-" + ensemble + ".nc");
        CliRunner r = CliRunner.run("simulate", "--quiet", "--solver", solver, "--grid", "16", "--t-end", "0.2",
                "--save-every", "0.1", "--format", format, "--ensemble", String.valueOf(ensemble),
                "--precision", ensemble > 1 ? "double" : "float", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());

        ExternalTools.Result dump = ExternalTools.run(List.of(ExternalTools.NCDUMP, "-h", out.toString()));
        assertEquals(0, dump.code(), dump.err());
        assertEquals("", dump.err().strip());
        assertTrue(dump.out().contains("vorticity(time, " + (ensemble > 1 ? "sample, " : "") + "y, x)"), dump.out());

        String script = String.join("\n",
                "import sys, xarray",
                "ds = xarray.open_dataset(sys.argv[1])",
                "ds.load()",
                "print(' '.join(sorted(ds.data_vars)), dict(ds.vorticity.sizes))",
                "ds.close()");
        ExternalTools.Result py = ExternalTools.xarrayScript(script, out);
        assertEquals(0, py.code(), py.err());
        assertEquals("", py.err().strip(), "xarray warned");
        assertTrue(py.out().startsWith(solver.equals("fv") ? "u v vorticity" : "vorticity"), py.out());
        assertTrue(py.out().contains("'y': 16, 'x': 16"), py.out());
    }
}
