package dev.eddy.cli.climate;

import dev.eddy.cli.UserError;
import dev.eddy.climate.blocking.BlockingIndexFile;
import dev.eddy.climate.blocking.BlockingIndices;
import dev.eddy.climate.blocking.LatLonBox;
import dev.eddy.climate.blocking.Z500Reader;
import dev.eddy.climate.blocking.Z500Series;
import dev.eddy.data.DataFileException;
import dev.eddy.data.Provenance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eddy blocking index}: a blocking index time series from Z500. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Blocking index from 500 hPa geopotential height (eddy qg output or any lat-lon NetCDF).",
            "box: cos(lat)-weighted mean Z500 anomaly (from the file's time mean) over the box [m];",
            "tm: Tibaldi-Molteni, fraction of blocked longitudes within the box's longitudes."})
public final class BlockingIndexCommand implements Runnable {
    @Option(names = "--in", required = true, description = "NetCDF with Z500 (geopotential_height, z500, hgt, zg or z).")
    Path in;

    @Option(names = "--var", description = "Name of the Z500 variable (default: detected).")
    String variable;

    @Option(names = "--method", defaultValue = "box", description = "box or tm. Default: ${DEFAULT-VALUE}.")
    String method;

    @Option(names = "--box", defaultValue = "45,75,-60,0", description = "south,north,west,east in degrees. Default: ${DEFAULT-VALUE}.")
    String box;

    @Option(names = "--out", required = true, description = "Output NetCDF with blocking_index(time).")
    Path out;

    @Option(names = "--overwrite", description = "Replace an existing output file.")
    boolean overwrite;

    @Override
    public void run() {
        LatLonBox region;
        try {
            region = LatLonBox.parse(box);
        } catch (IllegalArgumentException e) {
            throw new UserError("--box: " + e.getMessage());
        }
        String m = method.trim().toLowerCase(Locale.ROOT);
        if (!m.equals("box") && !m.equals("tm")) {
            throw new UserError("--method must be box or tm, got '" + method + "'");
        }
        if (Files.exists(out) && !overwrite) {
            throw new UserError(out + " already exists (use --overwrite)");
        }
        try {
            Z500Series z = Z500Reader.read(in, variable);
            double[] index = m.equals("box") ? BlockingIndices.boxAnomaly(z, region) : BlockingIndices.tibaldiMolteni(z, region);
            Map<String, Object> attrs = new LinkedHashMap<>();
            if (m.equals("box")) {
                attrs.put("units", "m");
                attrs.put("long_name", "area-weighted Z500 anomaly over the box (anomaly from the time mean)");
            } else {
                attrs.put("units", "1");
                attrs.put("long_name", "fraction of longitudes in the box blocked by the Tibaldi-Molteni criterion");
            }
            attrs.put("method", m);
            attrs.put("box_south_north_west_east", region.toString());
            attrs.put("source_file", in.toString());
            BlockingIndexFile.write(out, z.time(), z.timeUnits(), index, attrs,
                    Provenance.of("eddy blocking index --in " + in + " --method " + m + " --box " + region + " --out " + out,
                            "method=" + m + " box=" + region, 0), overwrite);
        } catch (IllegalArgumentException | DataFileException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}
