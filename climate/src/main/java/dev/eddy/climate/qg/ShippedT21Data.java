package dev.eddy.climate.qg;

import dev.eddy.climate.sphere.GaussianGrid;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reader of the shipped T21 MM93 inputs in {@code shared/qg3-t21} (grid-space SI CSVs decoded from QG3.jl's data,
 * MIT licence, ERA5-derived): Gaussian grid, orography and land–sea fraction, the Roads forcing S [s⁻²] and one ERA5 day
 * ψ0 [m² s⁻¹] at 200/500/800 hPa. Latitude index 0 is the northernmost row, longitudes start at 0°E.
 *
 * <p>Anything derived from these files must keep {@link #LICENCE_NOTE} and {@link #COPERNICUS_CREDIT}.
 */
public final class ShippedT21Data {
    /** Credit required for ERA5-derived data. */
    public static final String COPERNICUS_CREDIT = "Contains modified Copernicus Climate Change Service information";
    /** Licence of the QG3.jl data files. */
    public static final String LICENCE_NOTE =
            "T21 forcing, initial state, orography and land-sea mask from QG3.jl (github.com/maximilian-gelbrecht/QG3.jl, "
                    + "commit ec37d62), MIT licence, see LICENSE-QG3.jl.txt";

    private static final int NLAT = 32;
    private static final int NLON = 64;

    private final Path directory;
    private final GaussianGrid grid;

    private ShippedT21Data(Path directory) {
        this.directory = directory;
        this.grid = GaussianGrid.forTruncation(21);
    }

    /**
     * Opens the folder and checks that its Gaussian latitudes match ours.
     *
     * @throws IOException if a file is missing or malformed
     */
    public static ShippedT21Data open(Path directory) throws IOException {
        ShippedT21Data data = new ShippedT21Data(directory);
        data.checkGrid();
        return data;
    }

    public GaussianGrid grid() {
        return grid;
    }

    public Path directory() {
        return directory;
    }

    /** Orography [m] and land–sea fraction. */
    public SurfaceFields surface() throws IOException {
        double[] h = new double[NLAT * NLON];
        double[] ls = new double[NLAT * NLON];
        List<String[]> rows = rows("surface_t21.csv", "lat_index,lon_index,lat_deg,lon_deg,orography_m,land_sea_fraction");
        requireCount("surface_t21.csv", rows, NLAT * NLON);
        for (String[] r : rows) {
            int p = point(r[0], r[1]);
            h[p] = Double.parseDouble(r[4]);
            ls[p] = Double.parseDouble(r[5]);
        }
        return new SurfaceFields(grid, h, ls);
    }

    /** The forcing S [s⁻²], one grid field per level (200, 500, 800 hPa). */
    public double[][] forcing() throws IOException {
        return levels("forcing_S_t21.csv", "level_hPa,lat_index,lon_index,lat_deg,lon_deg,S_per_s2");
    }

    /** The initial streamfunction ψ0 [m² s⁻¹], one grid field per level. */
    public double[][] initialStreamfunction() throws IOException {
        return levels("psi_initial_t21.csv", "level_hPa,lat_index,lon_index,lat_deg,lon_deg,psi_m2_per_s");
    }

    private double[][] levels(String file, String header) throws IOException {
        double[][] out = new double[3][NLAT * NLON];
        boolean[][] seen = new boolean[3][NLAT * NLON];
        List<String[]> rows = rows(file, header);
        requireCount(file, rows, 3 * NLAT * NLON);
        for (String[] r : rows) {
            int level = Arrays.binarySearch(new double[] {200, 500, 800}, Double.parseDouble(r[0]));
            if (level < 0) {
                throw new IOException(file + ": unexpected level " + r[0]);
            }
            int p = point(r[1], r[2]);
            out[level][p] = Double.parseDouble(r[5]);
            seen[level][p] = true;
        }
        for (boolean[] s : seen) {
            for (boolean b : s) {
                if (!b) {
                    throw new IOException(file + ": missing grid points");
                }
            }
        }
        return out;
    }

    private void checkGrid() throws IOException {
        List<String[]> rows = rows("grid_t21.csv", "lat_index,lat_deg,mu_sin_lat,gauss_weight");
        requireCount("grid_t21.csv", rows, NLAT);
        for (String[] r : rows) {
            double index = Double.parseDouble(r[0]);
            int i = (int) index;
            double mu = Double.parseDouble(r[2]);
            if (i != index || i < 0 || i >= NLAT || Math.abs(mu - grid.mu(i)) > 1e-9) {
                throw new IOException("grid_t21.csv: latitude " + i + " is not the T21 Gaussian latitude");
            }
        }
    }

    private static int point(String lat, String lon) throws IOException {
        double di = Double.parseDouble(lat);
        double dj = Double.parseDouble(lon);
        int i = (int) di;
        int j = (int) dj;
        if (i != di || j != dj) {
            throw new IOException("grid index (" + lat + ", " + lon + ") is not a whole number");
        }
        if (i < 0 || i >= NLAT || j < 0 || j >= NLON) {
            throw new IOException("grid index (" + i + ", " + j + ") outside 32x64");
        }
        return i * NLON + j;
    }

    private static void requireCount(String file, List<String[]> rows, int expected) throws IOException {
        if (rows.size() != expected) {
            throw new IOException(file + ": " + rows.size() + " rows, expected " + expected);
        }
    }

    private List<String[]> rows(String file, String header) throws IOException {
        Path path = directory.resolve(file);
        if (!Files.isReadable(path)) {
            throw new IOException("cannot read " + path);
        }
        try (BufferedReader reader = Files.newBufferedReader(path)) {
            String first = reader.readLine();
            if (first == null || !first.trim().equals(header)) {
                throw new IOException(path + ": header is not '" + header + "'");
            }
            List<String[]> rows = reader.lines().filter(s -> !s.isBlank()).map(s -> s.split(",")).toList();
            int columns = header.split(",").length;
            for (String[] r : rows) {
                if (r.length != columns) {
                    throw new IOException(path + ": a row has " + r.length + " columns, expected " + columns);
                }
                for (String cell : r) {
                    try {
                        Double.parseDouble(cell);
                    } catch (NumberFormatException e) {
                        throw new IOException(path + ": malformed number '" + cell + "'", e);
                    }
                }
            }
            return rows;
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
