package dev.eddy.climate.qg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.climate.blocking.BlockingEvents;
import dev.eddy.climate.blocking.BlockingIndices;
import dev.eddy.climate.blocking.LatLonBox;
import dev.eddy.climate.blocking.Z500Reader;
import dev.eddy.climate.blocking.Z500Series;
import dev.eddy.climate.sphere.GaussianGrid;
import dev.eddy.climate.sphere.SphericalTransform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Multi-year perpetual-winter run of the default T21 model with the shipped forcing, checked against qg-blocking.md §5:
 * jet latitude, stationary waves against observed February Z500 (Debian libncarg-data {@code hgt.nc}, Feb 1958–1977),
 * Atlantic blocking frequency and event durations. Writes its numbers to {@code target/climate-validation-(hemispheric|global).md}; {@code -Deddy.validation.global=true} runs the global model.
 * Years: system property {@code eddy.validation.years} (default 10).
 */
@Tag("validation")
class ClimateValidationTest {
    private static final Path HGT = Path.of("/usr/share/ncarg/data/cdf/hgt.nc");

    @Test
    void perpetualWinterClimateHasRealisticJetsStationaryWavesAndBlocking() throws IOException {
        assertTrue(Files.isRegularFile(HGT), "observed Z500 missing: apt-get install -y libncarg-data (" + HGT + ")");
        int years = Integer.parseInt(System.getProperty("eddy.validation.years", "10"));
        SphericalTransform transform = SphericalTransform.forTruncation(21);
        GaussianGrid grid = transform.grid();
        boolean global = Boolean.getBoolean("eddy.validation.global");
        boolean raw = Boolean.getBoolean("eddy.validation.rawForcing");
        Mm93Parameters parameters = Mm93Parameters.mm93().withHemispheric(!global);
        ShippedT21Data data = ShippedT21Data.open(ShippedDataTest.sharedT21());
        ModelInputs inputs = raw ? ModelInputs.shipped(data, transform) : ModelInputs.shippedPhysical(data, transform, parameters);
        Mm93Model model = Mm93Model.create(transform, parameters, inputs.surface(), inputs.forcing());
        Mm93Integrator integrator = new Mm93Integrator(model, TimeScheme.RK4, 1800);
        double[] q = new double[model.stateLength()];
        model.potentialVorticityAnomaly(inputs.initialPsi(), q);
        integrator.prepare(q);
        integrator.step(q, 48 * 100);
        int days = years * 365;
        int len = model.levelLength();
        int n = grid.size();
        double[] meanPsi = new double[model.stateLength()];
        double[] psi = new double[model.stateLength()];
        double[] level = new double[len];
        double[] field = transform.newGrid();
        double[] z500 = new double[days * n];
        double f0g = parameters.f0() / QgOutput.GRAVITY;
        long start = System.nanoTime();
        for (int d = 0; d < days; d++) {
            integrator.step(q, 48);
            model.streamfunction(q, psi);
            for (int i = 0; i < psi.length; i++) {
                meanPsi[i] += psi[i] / days;
            }
            System.arraycopy(psi, len, level, 0, len);
            transform.synthesize(level, field);
            for (int i = 0; i < grid.nlat(); i++) {
                for (int j = 0; j < grid.nlon(); j++) {
                    z500[(d * grid.nlat() + (grid.nlat() - 1 - i)) * grid.nlon() + j] = f0g * field[i * grid.nlon() + j];
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] lat = grid.latitudesDegrees();
        double[] ascendingLat = new double[lat.length];
        for (int i = 0; i < lat.length; i++) {
            ascendingLat[i] = lat[lat.length - 1 - i];
        }
        double[] time = new double[days];
        for (int d = 0; d < days; d++) {
            time[d] = d;
        }
        Z500Series series = new Z500Series(time, "days since 2000-01-01", ascendingLat, grid.longitudesDegrees(), z500);

        // 1. Jet: latitude of the maximum of zonal-mean u200 in the NH.
        System.arraycopy(meanPsi, 0, level, 0, len);
        double[] u200 = ClimateDiagnostics.zonalMeanU(transform, level, parameters.radius());
        int jet = 0;
        for (int i = 0; i < grid.nlat() / 2; i++) {
            if (u200[i] > u200[jet]) {
                jet = i;
            }
        }
        // 2. Stationary waves: zonal anomalies of time-mean Z500 vs observed February Z500.
        System.arraycopy(meanPsi, len, level, 0, len);
        transform.synthesize(level, field);
        double[] modelZ = new double[n];
        for (int p = 0; p < n; p++) {
            modelZ[p] = f0g * field[p];
        }
        double[] modelWaves = ClimateDiagnostics.zonalAnomaly(modelZ, grid.nlat(), grid.nlon());
        Z500Series observed = Z500Reader.read(HGT, "HGT");
        int[] februaries = new int[20];
        for (int k = 0; k < 20; k++) {
            februaries[k] = k + 1;
        }
        double[] obs = ClimateDiagnostics.toGaussianGrid(ClimateDiagnostics.timeMean(observed, februaries), observed.lat(), observed.lon(), grid);
        double[] obsWaves = ClimateDiagnostics.zonalAnomaly(obs, grid.nlat(), grid.nlon());
        double correlation = ClimateDiagnostics.patternCorrelation(modelWaves, obsWaves, grid, 20);
        String troughAsia = extremum(modelWaves, grid, 30, 65, 100, 180, -1);
        String troughAmerica = extremum(modelWaves, grid, 30, 65, 250, 310, -1);
        String ridgeAtlantic = extremum(modelWaves, grid, 30, 70, 320, 360, 1);
        String obsAsia = extremum(obsWaves, grid, 30, 65, 100, 180, -1);
        String obsAmerica = extremum(obsWaves, grid, 30, 65, 250, 310, -1);
        String obsRidge = extremum(obsWaves, grid, 30, 70, 320, 360, 1);
        // 3. Atlantic blocking (index A, 1.5 sigma, >= 5 days, 1-day gap).
        double[] index = BlockingIndices.boxAnomaly(series, LatLonBox.ATLANTIC);
        double theta = BlockingEvents.Threshold.parse("1.5sigma").resolve(index);
        List<BlockingEvents.Event> events = BlockingEvents.detect(time, index, theta, 5, 1);
        double blockedDays = events.stream().mapToDouble(BlockingEvents.Event::duration).sum();
        double fraction = blockedDays / days;
        long atLeast5 = events.size();
        long atLeast10 = events.stream().filter(e -> e.duration() >= 10).count();
        long atLeast15 = events.stream().filter(e -> e.duration() >= 15).count();
        List<BlockingEvents.Event> all = BlockingEvents.detect(time, index, theta, 1, 1);
        int[] histogram = new int[8];
        for (BlockingEvents.Event e : all) {
            histogram[(int) Math.min(7, (e.duration() - 1) / 3)]++;
        }
        int above = 0;
        int stays = 0;
        for (int d = 0; d + 1 < days; d++) {
            if (index[d] >= theta) {
                above++;
                if (index[d + 1] >= theta) {
                    stays++;
                }
            }
        }
        double persistence = above == 0 ? 0 : (double) stays / above;
        double theta1 = BlockingEvents.Threshold.parse("1sigma").resolve(index);
        double fraction1 = BlockingEvents.detect(time, index, theta1, 5, 1).stream().mapToDouble(BlockingEvents.Event::duration).sum() / days;
        double[] tm = BlockingIndices.tibaldiMolteni(series, LatLonBox.ATLANTIC);
        List<BlockingEvents.Event> tmEvents = BlockingEvents.detect(time, tm, 1e-9, 5, 1);
        double tmFraction = tmEvents.stream().mapToDouble(BlockingEvents.Event::duration).sum() / days;
        int tmDays = 0;
        for (double v : tm) {
            if (v > 0) {
                tmDays++;
            }
        }

        String report = String.format(Locale.ROOT, """
                # MM93 T21 perpetual-winter validation (%d years after 100 days spin-up, RK4 30 min, hemispheric=%s, %s)

                | quantity | value |
                |---|---|
                | wall time of the run | %.0f s (%.2f model years per minute, single thread) |
                | latitude of max zonal-mean u200 (NH) | %.1f N (%.1f m/s) |
                | pattern correlation of Z500 zonal anomalies north of 20N vs observed Feb 1958-77 | %.3f |
                | model trough 30-65N, 100-180E | %s |
                | observed trough 30-65N, 100-180E | %s |
                | model trough 30-65N, 250-310E | %s |
                | observed trough 30-65N, 250-310E | %s |
                | model ridge 30-70N, 320-360E | %s |
                | observed ridge 30-70N, 320-360E | %s |
                | Atlantic index A threshold (1.5 sigma) | %.1f m |
                | events >= 5 d (gap 1 d) | %d, of which >= 10 d: %d, >= 15 d: %d |
                | blocked-day fraction (days in events >= 5 d) | %.3f |
                | histogram of event durations (1-3, 4-6, ..., >= 22 d; min 1 d) | %s |
                | day-to-day persistence P(I >= theta tomorrow given today) | %.2f |
                | blocked-day fraction, index A at 1 sigma, >= 5 d | %.3f |
                | Tibaldi-Molteni: days with a blocked longitude in 60W-0 / in events >= 5 d | %.3f / %.3f (%d events) |
                """, years, !global, raw ? "shipped QG3.jl forcing as is" : "shipped forcing with the beta correction", seconds, years / (seconds / 60), lat[jet], u200[jet], correlation, troughAsia, obsAsia, troughAmerica,
                obsAmerica, ridgeAtlantic, obsRidge, theta, atLeast5, atLeast10, atLeast15, fraction, java.util.Arrays.toString(histogram), persistence, fraction1,
                (double) tmDays / days, tmFraction, tmEvents.size());
        Files.writeString(Path.of("target", "climate-validation-" + (global ? "global" : "hemispheric") + (raw ? "-raw" : "") + ".md"), report);


        assertTrue(lat[jet] >= 25 && lat[jet] <= 50, "u200 maximum at " + lat[jet] + "N\n" + report);
        assertTrue(correlation > 0.5, "stationary-wave pattern correlation " + correlation);
        assertTrue(fraction > 0 && fraction < 0.4, "blocked-day fraction " + fraction + "\n" + report);
        assertTrue(histogram[0] > histogram[1] && histogram[1] >= histogram[2] && histogram[2] >= histogram[3],
                "event counts must decrease with duration " + java.util.Arrays.toString(histogram));
    }

    /** "value m at lat N, lon E" of the minimum (sign −1) or maximum (sign +1) within a box. */
    private static String extremum(double[] f, GaussianGrid grid, double lat0, double lat1, double lon0, double lon1, int sign) {
        double[] lat = grid.latitudesDegrees();
        double[] lon = grid.longitudesDegrees();
        double best = Double.NaN;
        int at = -1;
        for (int i = 0; i < grid.nlat(); i++) {
            for (int j = 0; j < grid.nlon(); j++) {
                if (lat[i] < lat0 || lat[i] > lat1 || lon[j] < lon0 || lon[j] > lon1) {
                    continue;
                }
                double v = sign * f[i * grid.nlon() + j];
                if (at < 0 || v > best) {
                    best = v;
                    at = i * grid.nlon() + j;
                }
            }
        }
        return String.format(Locale.ROOT, "%.0f m at %.1fN %.1fE", f[at], lat[at / grid.nlon()], lon[at % grid.nlon()]);
    }
}
