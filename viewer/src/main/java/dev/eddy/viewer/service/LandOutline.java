package dev.eddy.viewer.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Coastlines as the 0.5 contour of a land–sea fraction on a (lat, lon) grid, traced with marching squares
 * (Lorensen &amp; Cline, SIGGRAPH 1987, in its 2-D form): each grid cell is classified by which of its four corners are
 * land, and the contour crosses each edge with one land and one sea corner at the linearly interpolated point.
 * Longitude is periodic (the last column joins the first). Segments are {@code {lon1, lat1, lon2, lat2}} in degrees.
 */
public final class LandOutline {
    /** Variable names taken as a land–sea fraction/mask in a data file. */
    public static final List<String> MASK_NAMES = List.of("land_sea_fraction", "land_sea_mask", "lsm", "landmask", "land", "var172");

    private LandOutline() {
    }

    /** The 0.5 contour of {@code fraction} ({@code lat × lon} values, row-major, lon fastest). */
    public static List<double[]> contour(double[] lat, double[] lon, double[] fraction) {
        int nlat = lat.length;
        int nlon = lon.length;
        List<double[]> segments = new ArrayList<>();
        for (int j = 0; j + 1 < nlat; j++) {
            for (int i = 0; i < nlon; i++) {
                int i1 = (i + 1) % nlon;
                double lonA = lon[i];
                double lonB = i1 == 0 ? lon[0] + 360 : lon[i1];
                double f00 = fraction[j * nlon + i] - 0.5;
                double f10 = fraction[j * nlon + i1] - 0.5;
                double f01 = fraction[(j + 1) * nlon + i] - 0.5;
                double f11 = fraction[(j + 1) * nlon + i1] - 0.5;
                if (!(Double.isFinite(f00) && Double.isFinite(f10) && Double.isFinite(f01) && Double.isFinite(f11))) {
                    continue;
                }
                List<double[]> points = new ArrayList<>(4);
                edge(points, f00, f10, lonA, lat[j], lonB, lat[j]);
                edge(points, f10, f11, lonB, lat[j], lonB, lat[j + 1]);
                edge(points, f11, f01, lonB, lat[j + 1], lonA, lat[j + 1]);
                edge(points, f01, f00, lonA, lat[j + 1], lonA, lat[j]);
                if (points.size() == 2) {
                    segments.add(segment(points.get(0), points.get(1)));
                } else if (points.size() == 4) {
                    double centre = (f00 + f10 + f01 + f11) / 4;
                    boolean centreLikeCorner00 = (centre >= 0) == (f00 >= 0);
                    if (centreLikeCorner00) {
                        segments.add(segment(points.get(0), points.get(1)));
                        segments.add(segment(points.get(2), points.get(3)));
                    } else {
                        segments.add(segment(points.get(0), points.get(3)));
                        segments.add(segment(points.get(1), points.get(2)));
                    }
                }
            }
        }
        return segments;
    }

    private static void edge(List<double[]> points, double fa, double fb, double xa, double ya, double xb, double yb) {
        if ((fa >= 0) != (fb >= 0)) {
            double u = fa / (fa - fb);
            points.add(new double[] {xa + u * (xb - xa), ya + u * (yb - ya)});
        }
    }

    private static double[] segment(double[] p, double[] q) {
        return new double[] {p[0], p[1], q[0], q[1]};
    }

    /** Outline from a mask field in the source (static or first frame), if it has one on a lat–lon grid. */
    public static Optional<List<double[]>> fromSource(TrajectorySource source) {
        for (FieldVariable v : source.fieldVariables()) {
            if (v.latLon() && MASK_NAMES.contains(v.name().toLowerCase(Locale.ROOT))) {
                Field2D f = source.frame(v.name(), 0, 0);
                return Optional.of(contour(f.y(), f.x(), f.values()));
            }
        }
        return Optional.empty();
    }

    /**
     * Outline from the shipped T21 surface file ({@code qg3-t21/surface_t21.csv} with columns
     * lat_index, lon_index, lat_deg, lon_deg, orography_m, land_sea_fraction).
     */
    public static List<double[]> fromSurfaceCsv(Path csv) {
        TreeMap<Integer, Double> lats = new TreeMap<>();
        TreeMap<Integer, Double> lons = new TreeMap<>();
        Map<Long, Double> values = new java.util.HashMap<>();
        try {
            List<String> lines = Files.readAllLines(csv);
            String[] header = lines.getFirst().split(",");
            int col = List.of(header).indexOf("land_sea_fraction");
            if (col < 0 || !header[0].equals("lat_index") || !header[1].equals("lon_index")) {
                throw new ViewerException(csv + " is not a surface table (needs lat_index, lon_index, …, land_sea_fraction)");
            }
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                int j = Integer.parseInt(f[0]);
                int i = Integer.parseInt(f[1]);
                lats.put(j, Double.parseDouble(f[2]));
                lons.put(i, Double.parseDouble(f[3]));
                values.put(((long) j << 32) | i, Double.parseDouble(f[col]));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ViewerException ve) {
                throw ve;
            }
            throw new ViewerException("cannot read land–sea mask " + csv + ": " + e.getMessage(), e);
        }
        double[] lat = lats.values().stream().mapToDouble(Double::doubleValue).toArray();
        double[] lon = lons.values().stream().mapToDouble(Double::doubleValue).toArray();
        double[] fraction = new double[lat.length * lon.length];
        for (int j = 0; j < lat.length; j++) {
            for (int i = 0; i < lon.length; i++) {
                Double v = values.get(((long) j << 32) | i);
                fraction[j * lon.length + i] = v == null ? Double.NaN : v;
            }
        }
        return contour(lat, lon, fraction);
    }

    /**
     * The shipped surface table, looked up under the shared data folder: system property {@code eddy.shared.dir},
     * else {@code <eddy.home>/../shared}.
     */
    public static Optional<Path> shippedSurfaceCsv() {
        List<Path> roots = new ArrayList<>();
        String shared = System.getProperty("eddy.shared.dir");
        if (shared != null) {
            roots.add(Path.of(shared));
        }
        String home = System.getProperty("eddy.home");
        if (home != null) {
            roots.add(Path.of(home).resolve("../shared"));
        }
        for (Path root : roots) {
            Path csv = root.resolve("qg3-t21/surface_t21.csv");
            if (Files.isRegularFile(csv)) {
                return Optional.of(csv);
            }
        }
        return Optional.empty();
    }
}
