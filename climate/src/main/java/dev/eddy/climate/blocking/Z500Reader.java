package dev.eddy.climate.blocking;

import dev.eddy.data.LabelledArray;
import dev.eddy.data.NetcdfReader;
import dev.eddy.data.VariableInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads 500 hPa geopotential height from a NetCDF file: eddy's own MM93 output ({@code geopotential_height(time, level,
 * lat, lon)}) or reanalysis-like files ({@code z500}, {@code hgt}, {@code zg}, {@code z} …, with or without a level
 * dimension, packed or not, latitudes in either order, longitudes in [−180, 180) or [0, 360)). Geopotential in
 * m² s⁻² is divided by g = 9.80665 m s⁻².
 */
public final class Z500Reader {
    private static final List<String> CANDIDATES = List.of("geopotential_height", "z500", "Z500", "zg500", "hgt", "HGT",
            "zg", "gh", "z", "Z");
    private static final List<String> LAT_NAMES = List.of("lat", "latitude", "LAT", "Latitude", "y");
    private static final List<String> LON_NAMES = List.of("lon", "longitude", "LON", "Longitude", "x");
    private static final List<String> LEVEL_NAMES = List.of("level", "lev", "plev", "pressure_level", "isobaricInhPa", "pressure", "LEV");

    private Z500Reader() {
    }

    /**
     * @param variable the variable name, or null to pick the first of the usual names
     * @throws IllegalArgumentException (one line) if the file lacks a usable variable, grid or 500 hPa level
     */
    public static Z500Series read(Path file, String variable) {
        try (NetcdfReader reader = NetcdfReader.open(file)) {
            String name = variable != null ? variable : CANDIDATES.stream().filter(reader::hasVariable).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(file + ": no Z500 variable (looked for " + CANDIDATES + ")"));
            if (!reader.hasVariable(name)) {
                throw new IllegalArgumentException(file + ": no variable '" + name + "'");
            }
            VariableInfo info = reader.info(name);
            List<String> dims = info.dims();
            String latDim = dims.stream().filter(LAT_NAMES::contains).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(file + ": variable " + name + " has no latitude dimension " + dims));
            String lonDim = dims.stream().filter(LON_NAMES::contains).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(file + ": variable " + name + " has no longitude dimension " + dims));
            String levelDim = dims.stream().filter(LEVEL_NAMES::contains).findFirst().orElse(null);
            LabelledArray data = levelDim == null ? reader.read(name) : reader.readIndex(name, levelDim, level500(reader, file, levelDim));
            List<String> rest = data.dims().stream().filter(d -> !d.equals(latDim) && !d.equals(lonDim)).toList();
            if (rest.size() > 1 || !data.dims().get(data.dims().size() - 2).equals(latDim)
                    || !data.dims().get(data.dims().size() - 1).equals(lonDim)) {
                throw new IllegalArgumentException(file + ": variable " + name + " must have dimensions ([time,] [level,] lat, lon), has " + dims);
            }
            double[] lat = coordinate(reader, file, latDim);
            double[] lon = coordinate(reader, file, lonDim);
            int nt = rest.isEmpty() ? 1 : data.length(rest.get(0));
            double[] time = new double[nt];
            String timeUnits = "days since 2000-01-01 00:00:00";
            if (!rest.isEmpty() && reader.hasVariable(rest.get(0))) {
                double[] raw = reader.read(rest.get(0)).values();
                String units = reader.info(rest.get(0)).units();
                double factor = TimeUnits.daysPerUnit(units);
                for (int t = 0; t < nt; t++) {
                    time[t] = raw[t] * factor;
                }
                timeUnits = "days" + units.substring(units.toLowerCase(Locale.ROOT).indexOf(" since "));
            } else {
                for (int t = 0; t < nt; t++) {
                    time[t] = t;
                }
            }
            double scale = unitsFactor(info.units(), file, name);
            return reorder(time, timeUnits, lat, lon, data.values(), scale, file);
        }
    }

    private static int level500(NetcdfReader reader, Path file, String levelDim) {
        if (!reader.hasVariable(levelDim)) {
            throw new IllegalArgumentException(file + ": level dimension " + levelDim + " has no coordinate variable");
        }
        double[] levels = reader.read(levelDim).values();
        for (int k = 0; k < levels.length; k++) {
            if (Math.abs(levels[k] - 500) < 1e-3 || Math.abs(levels[k] - 50000) < 1e-1) {
                return k;
            }
        }
        throw new IllegalArgumentException(file + ": no 500 hPa level among " + java.util.Arrays.toString(levels));
    }

    private static double[] coordinate(NetcdfReader reader, Path file, String dim) {
        if (!reader.hasVariable(dim)) {
            throw new IllegalArgumentException(file + ": dimension " + dim + " has no coordinate variable");
        }
        return reader.read(dim).values();
    }

    private static double unitsFactor(String units, Path file, String name) {
        String u = units.trim().toLowerCase(Locale.ROOT).replace("**", "").replace("^", "");
        if (u.isEmpty() || u.equals("m") || u.equals("gpm") || u.startsWith("meter") || u.startsWith("metre")
                || u.equals("geopotential meters") || u.equals("gp m")) {
            return 1;
        }
        if (u.equals("m2 s-2") || u.equals("m2/s2") || u.equals("m2s-2")) {
            return 1 / 9.80665;
        }
        throw new IllegalArgumentException(file + ": variable " + name + " has units '" + units + "', expected m or m2 s-2");
    }

    private static Z500Series reorder(double[] time, String timeUnits, double[] lat, double[] lon, double[] values,
                                      double scale, Path file) {
        int nt = time.length;
        int nlat = lat.length;
        int nlon = lon.length;
        Integer[] latOrder = sortedOrder(lat);
        double[] lonWrapped = new double[nlon];
        for (int j = 0; j < nlon; j++) {
            lonWrapped[j] = ((lon[j] % 360) + 360) % 360;
        }
        Integer[] lonOrder = sortedOrder(lonWrapped);
        double[] newLat = new double[nlat];
        double[] newLon = new double[nlon];
        for (int i = 0; i < nlat; i++) {
            newLat[i] = lat[latOrder[i]];
        }
        for (int j = 0; j < nlon; j++) {
            newLon[j] = lonWrapped[lonOrder[j]];
        }
        for (int i = 1; i < nlat; i++) {
            if (newLat[i] == newLat[i - 1]) {
                throw new IllegalArgumentException(file + ": repeated latitude " + newLat[i]);
            }
        }
        for (int j = 1; j < nlon; j++) {
            if (newLon[j] == newLon[j - 1]) {
                throw new IllegalArgumentException(file + ": repeated longitude " + newLon[j] + " (after wrapping to 0..360)");
            }
        }
        double[] out = new double[values.length];
        for (int t = 0; t < nt; t++) {
            for (int i = 0; i < nlat; i++) {
                int src = (t * nlat + latOrder[i]) * nlon;
                int dst = (t * nlat + i) * nlon;
                for (int j = 0; j < nlon; j++) {
                    out[dst + j] = scale * values[src + lonOrder[j]];
                }
            }
        }
        return new Z500Series(time, timeUnits, newLat, newLon, out);
    }

    private static Integer[] sortedOrder(double[] v) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
        return order;
    }
}
