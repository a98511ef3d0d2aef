package dev.eddy.cli.climate;

import dev.eddy.cli.Progress;
import dev.eddy.cli.UserError;
import dev.eddy.climate.qg.Mm93Model;
import dev.eddy.climate.qg.Mm93Parameters;
import dev.eddy.climate.qg.ModelInputs;
import dev.eddy.climate.qg.QgGrids;
import dev.eddy.climate.qg.RoadsForcing;
import dev.eddy.climate.qg.ShippedT21Data;
import dev.eddy.climate.sphere.GaussianGrid;
import dev.eddy.climate.sphere.SphericalTransform;
import dev.eddy.data.DataFileException;
import dev.eddy.data.DataKind;
import dev.eddy.data.DatasetSchema;
import dev.eddy.data.FrameWriter;
import dev.eddy.data.LabelledArray;
import dev.eddy.data.NetcdfFormat;
import dev.eddy.data.NetcdfReader;
import dev.eddy.data.Provenance;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eddy qg forcing}: the Roads forcing S from a set of streamfunction states. */
@Command(name = "forcing", mixinStandardHelpOptions = true,
        description = {"Compute the MM93 forcing S with the Roads method (S = minus the mean unforced tendency of the states)",
            "from psi(time, level, lat, lon) on a T21 or T42 grid, e.g. a reanalysis or a model run; writes forcing(time=1, level, lat, lon)."})
public final class QgForcingCommand implements Runnable {
    @Option(names = "--from", required = true, description = "NetCDF with psi(time, level, lat, lon) [m2 s-1], levels 200/500/800 hPa.")
    Path from;

    @Option(names = "--out", required = true, description = "Output NetCDF with forcing(level, lat, lon) [s-2].")
    Path out;

    @Option(names = "--shared", description = "Folder holding qg3-t21 (orography and land-sea mask).")
    Path shared;

    @Option(names = "--global", description = "Use the global instead of the hemispheric model's tendency.")
    boolean global;

    @Option(names = "--overwrite", description = "Replace an existing output file.")
    boolean overwrite;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public void run() {
        try (NetcdfReader reader = NetcdfReader.open(from)) {
            if (!reader.hasVariable("psi")) {
                throw new UserError(from + ": no variable 'psi'");
            }
            List<String> dims = reader.info("psi").dims();
            int[] shape = reader.info("psi").shape();
            if (dims.size() != 4 || !dims.get(0).equals("time")) {
                throw new UserError(from + ": psi must have dimensions (time, level, lat, lon), has " + dims);
            }
            int truncation = QgGrids.truncationOf(shape[2], shape[3]);
            if (truncation < 0) {
                throw new UserError(from + ": grid " + shape[2] + "x" + shape[3] + " is not a T21 (32x64) or T42 (64x128) Gaussian grid");
            }
            if (shape[0] == 0) {
                throw new UserError(from + ": psi has no time frames");
            }
            SphericalTransform transform = SphericalTransform.forTruncation(truncation);
            ModelInputs inputs = ModelInputs.shipped(ShippedT21Data.open(SharedData.qg3T21(shared)), transform);
            Mm93Parameters parameters = Mm93Parameters.mm93().withHemispheric(!global);
            Mm93Model model = Mm93Model.create(transform, parameters, inputs.surface(), Mm93Model.zeroForcing(transform));
            RoadsForcing roads = new RoadsForcing(model);
            boolean northToSouth = GridFiles.latitudesDescending(reader, dims.get(2));
            try (Progress progress = Progress.start("qg forcing", shape[0], quiet)) {
                for (int t = 0; t < shape[0]; t++) {
                    double[][] levels = GridFiles.split(from, "psi", reader.readIndex("psi", "time", t), northToSouth);
                    roads.addStreamfunction(ModelInputs.levelsToSpectral(levels, transform));
                    progress.advanceTo(t + 1);
                }
            }
            write(transform, model, roads);
        } catch (IOException | DataFileException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    private void write(SphericalTransform transform, Mm93Model model, RoadsForcing roads) {
        GaussianGrid g = transform.grid();
        double[] spec = roads.forcing();
        int len = model.levelLength();
        double[] grid = new double[3 * g.size()];
        double[] level = new double[len];
        double[] field = transform.newGrid();
        for (int l = 0; l < 3; l++) {
            System.arraycopy(spec, l * len, level, 0, len);
            transform.synthesize(level, field);
            System.arraycopy(field, 0, grid, l * g.size(), g.size());
        }
        DatasetSchema schema = DatasetSchema.builder()
                .unlimitedTime("days since 2000-01-01 00:00:00", Map.of("long_name", "placeholder: S is time-independent"))
                .coordinate(LabelledArray.coordinate("level", Mm93Model.LEVELS_HPA.clone(), Map.of("units", "hPa", "positive", "down")))
                .coordinate(LabelledArray.coordinate("lat", g.latitudesDegrees(), Map.of("units", "degrees_north")))
                .coordinate(LabelledArray.coordinate("lon", g.longitudesDegrees(), Map.of("units", "degrees_east")))
                .variable("forcing", DataKind.DOUBLE, List.of("time", "level", "lat", "lon"),
                        Map.of("units", "s-2", "long_name", "MM93 PV forcing S (Roads method)"))
                .globalAttributes(Provenance.of("eddy qg forcing --from " + from + " --out " + out,
                        "states=" + roads.count() + " " + model.parameters(), 0))
                .globalAttribute("Conventions", "CF-1.8")
                .globalAttribute("states", roads.count())
                .globalAttribute("data_licence", ShippedT21Data.LICENCE_NOTE)
                .globalAttribute("data_credit", ShippedT21Data.COPERNICUS_CREDIT)
                .build();
        try (FrameWriter writer = FrameWriter.create(out, schema, NetcdfFormat.NC3, overwrite)) {
            writer.writeFrame(0, Map.of("forcing", grid));
        }
    }
}
