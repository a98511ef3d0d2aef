package dev.eddy.cli.climate;

import dev.eddy.cli.UserError;
import dev.eddy.climate.qg.Mm93Model;
import dev.eddy.climate.qg.QgGrids;
import dev.eddy.data.DataFileException;
import dev.eddy.data.LabelledArray;
import dev.eddy.data.NetcdfReader;
import java.nio.file.Path;
import java.util.List;

/** Reads three-level fields (level, lat, lon) on a T21 or T42 Gaussian grid from NetCDF, with user-facing errors. */
final class GridFiles {
    private GridFiles() {
    }

    /** The fields of {@code variable} at one time (the last if the variable has a time dimension), as 3 levels. */
    static double[][] readLevels(Path file, String variable, boolean lastTime) {
        try (NetcdfReader reader = NetcdfReader.open(file)) {
            if (!reader.hasVariable(variable)) {
                throw new UserError(file + ": no variable '" + variable + "'");
            }
            List<String> dims = reader.info(variable).dims();
            LabelledArray a;
            if (dims.size() == 4 && dims.get(0).equals("time")) {
                a = lastTime ? reader.readLast(variable, "time") : reader.readIndex(variable, "time", 0);
            } else if (dims.size() == 3) {
                a = reader.read(variable);
            } else {
                throw new UserError(file + ": variable '" + variable + "' must have dimensions ([time,] level, lat, lon), has " + dims);
            }
            return split(file, variable, a, latitudesDescending(reader, a.dims().get(1)));
        } catch (DataFileException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    static boolean latitudesDescending(NetcdfReader reader, String latDim) {
        return !reader.hasVariable(latDim) || reader.isDescending(latDim);
    }

    /** Splits a (level, lat, lon) array into 3 grid fields north to south, checking the grid and finiteness. */
    static double[][] split(Path file, String variable, LabelledArray a, boolean northToSouth) {
        int[] shape = a.shape();
        if (shape[0] != Mm93Model.LEVELS) {
            throw new UserError(file + ": variable '" + variable + "' has " + shape[0] + " levels, expected 3 (200, 500, 800 hPa)");
        }
        int nlat = shape[1];
        int nlon = shape[2];
        if (QgGrids.truncationOf(nlat, nlon) < 0) {
            throw new UserError(file + ": grid " + nlat + "x" + nlon + " is not a T21 (32x64) or T42 (64x128) Gaussian grid");
        }
        double[] v = a.values();
        double[][] out = new double[3][nlat * nlon];
        for (int l = 0; l < 3; l++) {
            for (int i = 0; i < nlat; i++) {
                int src = northToSouth ? i : nlat - 1 - i;
                for (int j = 0; j < nlon; j++) {
                    double x = v[(l * nlat + src) * nlon + j];
                    if (!Double.isFinite(x)) {
                        throw new UserError(file + ": variable '" + variable + "' contains NaN or infinite values");
                    }
                    out[l][i * nlon + j] = x;
                }
            }
        }
        return out;
    }
}
