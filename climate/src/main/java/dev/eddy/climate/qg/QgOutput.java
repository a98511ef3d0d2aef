package dev.eddy.climate.qg;

import dev.eddy.climate.sphere.GaussianGrid;
import dev.eddy.climate.sphere.SphericalTransform;
import dev.eddy.data.DataKind;
import dev.eddy.data.DatasetSchema;
import dev.eddy.data.LabelledArray;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CF-NetCDF layout of MM93 output: {@code psi(time, level, lat, lon)} [m² s⁻¹] and
 * {@code geopotential_height(time, level, lat, lon)} = f0 ψ / g [m] with f0 = 2Ω sin 45° and g = 9.80665 m s⁻²,
 * levels 200/500/800 hPa, Gaussian latitudes north to south, time in days since the end of the spin-up.
 */
public final class QgOutput {
    /** Standard gravity [m s⁻²]. */
    public static final double GRAVITY = 9.80665;
    /** Units of the time coordinate. */
    public static final String TIME_UNITS = "days since 2000-01-01 00:00:00";
    public static final String PSI = "psi";
    public static final String HEIGHT = "geopotential_height";

    private final Mm93Model model;
    private final double[] psiSpectral;
    private final double[] level;
    private final double[] grid;

    public QgOutput(Mm93Model model) {
        this.model = model;
        this.psiSpectral = new double[model.stateLength()];
        this.level = new double[model.levelLength()];
        this.grid = model.transform().newGrid();
    }

    /** The file layout, with the given global attributes (provenance) plus the data credits. */
    public DatasetSchema schema(Map<String, Object> globalAttributes) {
        GaussianGrid g = model.transform().grid();
        Map<String, Object> field = new LinkedHashMap<>();
        DatasetSchema.Builder b = DatasetSchema.builder()
                .unlimitedTime(TIME_UNITS, Map.of("long_name", "model time after spin-up (perpetual winter)",
                        "standard_name", "time", "calendar", "proleptic_gregorian", "axis", "T"))
                .coordinate(LabelledArray.coordinate("level", Mm93Model.LEVELS_HPA.clone(), Map.of("units", "hPa",
                        "long_name", "pressure level", "standard_name", "air_pressure", "positive", "down", "axis", "Z")))
                .coordinate(LabelledArray.coordinate("lat", g.latitudesDegrees(), Map.of("units", "degrees_north",
                        "long_name", "Gaussian latitude", "standard_name", "latitude", "axis", "Y")))
                .coordinate(LabelledArray.coordinate("lon", g.longitudesDegrees(), Map.of("units", "degrees_east",
                        "long_name", "longitude", "standard_name", "longitude", "axis", "X")));
        SurfaceFields surface = model.surface();
        b.staticVariable(LabelledArray.of("orography", List.of("lat", "lon"), new int[] {g.nlat(), g.nlon()},
                surface.orography(), Map.of("units", "m", "long_name", "surface height used by the model")), DataKind.FLOAT);
        b.staticVariable(LabelledArray.of("land_sea_fraction", List.of("lat", "lon"), new int[] {g.nlat(), g.nlon()},
                surface.landFraction(), Map.of("units", "1", "long_name", "land fraction used in the Ekman drag")), DataKind.FLOAT);
        field.put("units", "m2 s-1");
        field.put("long_name", "quasi-geostrophic streamfunction");
        field.put("standard_name", "atmosphere_horizontal_streamfunction");
        b.variable(PSI, DataKind.FLOAT, List.of("time", "level", "lat", "lon"), field);
        b.variable(HEIGHT, DataKind.FLOAT, List.of("time", "level", "lat", "lon"), Map.of("units", "m",
                "long_name", "geopotential height f0*psi/g (f0 = 2 Omega sin 45 deg)", "standard_name", "geopotential_height"));
        b.globalAttributes(globalAttributes);
        b.globalAttribute("Conventions", "CF-1.8");
        b.globalAttribute("model", "Marshall-Molteni (1993) three-level QG, T" + model.transform().index().truncation()
                + ", hemispheric=" + model.parameters().hemispheric());
        b.globalAttribute("data_licence", ShippedT21Data.LICENCE_NOTE);
        b.globalAttribute("data_credit", ShippedT21Data.COPERNICUS_CREDIT);
        return b.build();
    }

    /** One output frame of a PV-anomaly state: {psi, geopotential_height}, each (level, lat, lon) flattened. */
    public Map<String, double[]> frame(double[] state) {
        model.streamfunction(state, psiSpectral);
        SphericalTransform transform = model.transform();
        int n = grid.length;
        int len = model.levelLength();
        double[] psi = new double[Mm93Model.LEVELS * n];
        double[] z = new double[Mm93Model.LEVELS * n];
        double factor = model.parameters().f0() / GRAVITY;
        for (int l = 0; l < Mm93Model.LEVELS; l++) {
            System.arraycopy(psiSpectral, l * len, level, 0, len);
            transform.synthesize(level, grid);
            System.arraycopy(grid, 0, psi, l * n, n);
            for (int p = 0; p < n; p++) {
                z[l * n + p] = factor * grid[p];
            }
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put(PSI, psi);
        out.put(HEIGHT, z);
        return out;
    }
}
