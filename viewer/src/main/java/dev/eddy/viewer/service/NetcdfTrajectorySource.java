package dev.eddy.viewer.service;

import dev.eddy.data.DataFileException;
import dev.eddy.data.LabelledArray;
import dev.eddy.data.NetcdfReader;
import dev.eddy.data.VariableInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link TrajectorySource} over a NetCDF file (eddy output or any CF-style file), reading one time slice per
 * request with {@link NetcdfReader#readIndex}. A variable is a field if its last two dimensions are the picture's
 * (y, x); besides those it may have {@code time} and at most one more dimension (level, sample) that the user selects.
 */
public final class NetcdfTrajectorySource implements TrajectorySource {
    static final String TIME = "time";

    private final Path path;
    private final NetcdfReader reader;
    private final List<FieldVariable> fields = new ArrayList<>();
    private final List<String> series = new ArrayList<>();
    private final Map<String, VariableInfo> infos = new HashMap<>();
    private final Map<String, double[]> coordinates = new HashMap<>();
    private final double[] times;
    private final String timeUnits;
    private String lastSlabKey;
    private LabelledArray lastSlab;

    private NetcdfTrajectorySource(Path path, NetcdfReader reader) {
        this.path = path;
        this.reader = reader;
        List<String> names = reader.variableNames();
        for (String name : names) {
            infos.put(name, reader.info(name));
        }
        for (String name : names) {
            classify(infos.get(name));
        }
        fields.sort((a, b) -> Boolean.compare(b.timed(), a.timed()));
        if (infos.containsKey(TIME)) {
            times = reader.read(TIME).values();
            timeUnits = text(infos.get(TIME).attributes().get("units"));
        } else {
            times = new double[] {0};
            timeUnits = "";
        }
    }

    /**
     * Opens {@code file}.
     *
     * @throws ViewerException with one readable line if the file is missing, unreadable or has no 2-D field
     */
    public static NetcdfTrajectorySource open(Path file) {
        return open(file, true);
    }

    /**
     * Opens a file of time series (e.g. a blocking index), which needs no 2-D field.
     *
     * @throws ViewerException with one readable line if the file is unreadable or has no series over time
     */
    public static NetcdfTrajectorySource openSeries(Path file) {
        NetcdfTrajectorySource source = open(file, false);
        if (source.series.isEmpty()) {
            source.close();
            throw new ViewerException(file.getFileName() + " has no time series (no variable with dims (time))");
        }
        return source;
    }

    private static NetcdfTrajectorySource open(Path file, boolean needField) {
        if (!Files.isRegularFile(file)) {
            throw new ViewerException("no such file: " + file);
        }
        NetcdfReader reader;
        try {
            reader = NetcdfReader.open(file);
        } catch (DataFileException e) {
            throw new ViewerException("cannot open " + file.getFileName() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new ViewerException("cannot open " + file.getFileName() + ": not a readable NetCDF file (" + e.getClass().getSimpleName() + ")", e);
        }
        try {
            NetcdfTrajectorySource source = new NetcdfTrajectorySource(file, reader);
            if (needField && source.fields.isEmpty()) {
                throw new ViewerException(file.getFileName() + " has no field to show: no variable with (…, y, x) or (…, lat, lon) dimensions");
            }
            if (source.times.length == 0) {
                throw new ViewerException(file.getFileName() + " has no saved time steps yet");
            }
            return source;
        } catch (ViewerException e) {
            reader.close();
            throw e;
        } catch (RuntimeException e) {
            reader.close();
            throw new ViewerException("cannot read " + file.getFileName() + ": " + oneLine(e), e);
        }
    }

    private void classify(VariableInfo info) {
        List<String> dims = info.dims();
        String name = info.name();
        if (dims.size() == 1 && dims.getFirst().equals(name)) {
            return;
        }
        if (dims.size() == 1 && dims.getFirst().equals(TIME)) {
            series.add(name);
            return;
        }
        if (dims.size() < 2) {
            return;
        }
        List<String> rest = new ArrayList<>(dims.subList(0, dims.size() - 2));
        boolean timed = rest.remove(TIME);
        if (rest.size() > 1) {
            return;
        }
        String extraDim = rest.isEmpty() ? null : rest.getFirst();
        int extraSize = extraDim == null ? 1 : info.shape()[dims.indexOf(extraDim)];
        if (timed && extraDim != null && dims.indexOf(extraDim) < dims.indexOf(TIME)) {
            return;
        }
        String units = text(info.attributes().get("units"));
        String longName = text(info.attributes().get("long_name"));
        fields.add(new FieldVariable(name, longName.isEmpty() ? name : longName, units, dims.get(dims.size() - 2),
                dims.get(dims.size() - 1), extraDim, extraSize, timed, extraLabels(extraDim, extraSize)));
    }

    /** "200 hPa" etc. from the coordinate variable of {@code dim}, else "1/3", "2/3", … */
    private List<String> extraLabels(String dim, int size) {
        List<String> labels = new ArrayList<>();
        if (dim == null) {
            return labels;
        }
        VariableInfo info = infos.get(dim);
        double[] values = info != null && info.dims().equals(List.of(dim)) ? reader.read(dim).values() : null;
        String units = info == null ? "" : text(info.attributes().get("units"));
        for (int i = 0; i < size; i++) {
            labels.add(values != null && values.length == size
                    ? AxisTicks.value(values[i]) + (units.isEmpty() || units.equals("1") ? "" : " " + units)
                    : (i + 1) + "/" + size);
        }
        return labels;
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public List<FieldVariable> fieldVariables() {
        return List.copyOf(fields);
    }

    @Override
    public List<String> seriesVariables() {
        return List.copyOf(series);
    }

    @Override
    public double[] times() {
        return times.clone();
    }

    @Override
    public String timeUnits() {
        return timeUnits;
    }

    @Override
    public synchronized Field2D frame(String variable, int t, int extra) {
        FieldVariable v = fieldVariable(variable);
        try {
            LabelledArray slice;
            if (v.timed()) {
                checkIndex("time", t, times.length);
                slice = timeSlice(variable, t, v.extraDim() != null);
            } else if (v.extraDim() != null) {
                slice = reader.readIndex(variable, v.extraDim(), extra);
            } else {
                slice = reader.read(variable);
            }
            double[] x = coordinate(v.xDim(), slice);
            double[] y = coordinate(v.yDim(), slice);
            double[] values = slice.values();
            int frame = x.length * y.length;
            if (v.timed() && v.extraDim() != null) {
                checkIndex(v.extraDim(), extra, v.extraSize());
                values = java.util.Arrays.copyOfRange(values, extra * frame, (extra + 1) * frame);
            }
            return new Field2D(variable, v.units(), x, y, v.xDim(), v.yDim(), values);
        } catch (ViewerException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ViewerException("cannot read " + variable + " at time index " + t + " from " + path.getFileName()
                    + ": " + oneLine(e), e);
        }
    }

    /**
     * One time step of {@code variable}; the last slab of a variable with a level/sample dimension is kept, so that
     * switching level or sample at the same time step reads nothing.
     */
    private LabelledArray timeSlice(String variable, int t, boolean keep) {
        String key = variable + "@" + t;
        if (keep && key.equals(lastSlabKey)) {
            return lastSlab;
        }
        LabelledArray slice = reader.readIndex(variable, TIME, t);
        if (keep) {
            lastSlabKey = key;
            lastSlab = slice;
        }
        return slice;
    }

    private static void checkIndex(String dim, int index, int size) {
        if (index < 0 || index >= size) {
            throw new ViewerException(dim + " index " + index + " is outside 0.." + (size - 1));
        }
    }

    private double[] coordinate(String dim, LabelledArray slice) {
        return coordinates.computeIfAbsent(dim, d -> {
            VariableInfo info = infos.get(d);
            if (info != null && info.dims().equals(List.of(d))) {
                return reader.read(d).values();
            }
            int n = slice.shape()[slice.dims().indexOf(d)];
            double[] index = new double[n];
            for (int i = 0; i < n; i++) {
                index[i] = i;
            }
            return index;
        });
    }

    @Override
    public synchronized double[] series(String variable) {
        if (!series.contains(variable)) {
            throw new ViewerException("'" + variable + "' is not a time series in " + path.getFileName());
        }
        return reader.read(variable).values();
    }

    @Override
    public String seriesUnits(String variable) {
        VariableInfo info = infos.get(variable);
        return info == null ? "" : text(info.attributes().get("units"));
    }

    /** Global attributes of the file (provenance). */
    public Map<String, Object> globalAttributes() {
        return reader.globalAttributes();
    }

    @Override
    public synchronized void close() {
        reader.close();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String oneLine(RuntimeException e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
