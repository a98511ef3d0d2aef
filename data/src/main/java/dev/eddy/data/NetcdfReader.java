package dev.eddy.data;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ucar.ma2.Array;
import ucar.ma2.InvalidRangeException;
import ucar.nc2.Dimension;
import ucar.nc2.NetcdfFile;
import ucar.nc2.Variable;

/**
 * Reads NetCDF-3 and NetCDF-4/HDF5 files (pure Java, netcdf-java) into {@link LabelledArray}s of doubles.
 *
 * <p>Every numeric type is converted to double; packed values are unpacked and missing values become NaN as
 * described in {@link Unpacking}. Coordinates are returned in stored order, also when they descend (e.g. latitude
 * from north to south); {@link #isDescending} tells, and {@link #readAscending} flips such axes.
 * Every failure is a {@link DataFileException} with a one-line message naming the file.
 *
 * <p>A reader sees the frames that existed when it was opened; reopen it to see frames appended since. Not thread
 * safe (netcdf-java's files are not): use one reader per thread.
 */
public final class NetcdfReader implements AutoCloseable {
    private final Path file;
    private final NetcdfFile nc;

    private NetcdfReader(Path file, NetcdfFile nc) {
        this.file = file;
        this.nc = nc;
    }

    /**
     * @throws DataFileException if the file is missing, not NetCDF, or truncated/corrupt
     */
    public static NetcdfReader open(Path file) {
        NetcdfFormat format = NetcdfFiles.formatOf(file);
        if (format == NetcdfFormat.NC3) {
            checkNetcdf3Length(file);
        }
        try {
            return new NetcdfReader(file, NetcdfFile.open(file.toAbsolutePath().toString()));
        } catch (IOException | RuntimeException e) {
            throw DataFileException.of(file, "is not a readable NetCDF file", e);
        }
    }

    /** netcdf-java silently reads zeros past the end of a truncated NetCDF-3 file; check the length first. */
    private static void checkNetcdf3Length(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            Nc3Header h = Nc3Header.read(ch, file);
            if (ch.size() < h.requiredLength) {
                throw DataFileException.of(file, "is truncated: " + ch.size() + " bytes, its header needs "
                        + h.requiredLength);
            }
        } catch (IOException e) {
            throw DataFileException.of(file, "cannot be read", e);
        }
    }

    /** The file this reader reads. */
    public Path file() {
        return file;
    }

    /** Names of the variables in the root group, in file order. */
    public List<String> variableNames() {
        List<String> names = new ArrayList<>();
        for (Variable v : nc.getRootGroup().getVariables()) {
            names.add(v.getShortName());
        }
        return names;
    }

    /** True if the file has a variable of that name. */
    public boolean hasVariable(String name) {
        return nc.getRootGroup().findVariable(name) != null;
    }

    /** Dimension names and lengths in file order. */
    public Map<String, Integer> dimensions() {
        Map<String, Integer> dims = new java.util.LinkedHashMap<>();
        for (Dimension d : nc.getRootGroup().getDimensions()) {
            dims.put(d.getShortName(), d.getLength());
        }
        return dims;
    }

    /** Names of unlimited dimensions. */
    public List<String> unlimitedDimensions() {
        List<String> names = new ArrayList<>();
        for (Dimension d : nc.getRootGroup().getDimensions()) {
            if (d.isUnlimited()) {
                names.add(d.getShortName());
            }
        }
        return names;
    }

    /**
     * @throws DataFileException if there is no such variable
     */
    public VariableInfo info(String name) {
        Variable v = variable(name);
        return new VariableInfo(name, dimNames(v), v.getShape(), NcAttributes.fromNetcdf(v.getAttributes()));
    }

    /**
     * The whole variable as doubles, unpacked, missing values as NaN.
     *
     * @throws DataFileException if there is no such variable, it is not numeric, or its data cannot be read
     */
    public LabelledArray read(String name) {
        Variable v = variable(name);
        try {
            return toLabelled(v, v.read(), v.getShape(), dimNames(v));
        } catch (IOException | RuntimeException e) {
            throw DataFileException.of(file, "variable " + name + " cannot be read", e);
        }
    }

    /**
     * Like {@link #read}, but first checks the variable's dimensions and shape, e.g. that an initial condition
     * {@code vorticity(y, x)} is 64 × 64: {@code readExpecting("vorticity", List.of("y", "x"), 64, 64)}.
     *
     * @param dims  expected dimension names, or null to accept any names of the right rank
     * @param shape expected lengths; a negative entry accepts any length
     * @throws DataFileException naming the expected and the actual shape if they differ
     */
    public LabelledArray readExpecting(String name, List<String> dims, int... shape) {
        VariableInfo info = info(name);
        int[] actual = info.shape();
        boolean ok = actual.length == shape.length && (dims == null || dims.equals(info.dims()));
        for (int a = 0; ok && a < shape.length; a++) {
            ok = shape[a] < 0 || shape[a] == actual[a];
        }
        if (!ok) {
            throw DataFileException.of(file, "variable " + name + " has shape " + describe(info.dims(), actual)
                    + ", expected " + describe(dims, shape));
        }
        return read(name);
    }

    private static String describe(List<String> dims, int[] shape) {
        StringBuilder b = new StringBuilder("(");
        for (int a = 0; a < shape.length; a++) {
            b.append(a == 0 ? "" : ", ");
            if (dims != null && a < dims.size()) {
                b.append(dims.get(a)).append('=');
            }
            b.append(shape[a] < 0 ? "any" : Integer.toString(shape[a]));
        }
        return b.append(')').toString();
    }

    /**
     * One slice at {@code index} along {@code dim}, with that dimension removed; e.g. frame 3 of
     * {@code vorticity(time, y, x)} is {@code readIndex("vorticity", "time", 3)} with dims (y, x).
     *
     * @throws DataFileException if the variable or dimension does not exist or the index is out of range
     */
    public LabelledArray readIndex(String name, String dim, int index) {
        Variable v = variable(name);
        List<String> dims = dimNames(v);
        int axis = dims.indexOf(dim);
        if (axis < 0) {
            throw DataFileException.of(file, "variable " + name + " has no dimension " + dim + " (dims " + dims
                    + ")");
        }
        int[] shape = v.getShape();
        if (index < 0 || index >= shape[axis]) {
            throw DataFileException.of(file, "index " + index + " is out of range for dimension " + dim + " of "
                    + name + " (length " + shape[axis] + ")");
        }
        int[] origin = new int[shape.length];
        origin[axis] = index;
        shape[axis] = 1;
        try {
            Array raw = v.read(origin, shape);
            List<String> outDims = new ArrayList<>(dims);
            outDims.remove(axis);
            int[] outShape = new int[shape.length - 1];
            for (int a = 0, b = 0; a < shape.length; a++) {
                if (a != axis) {
                    outShape[b++] = shape[a];
                }
            }
            return toLabelled(v, raw, outShape, outDims);
        } catch (IOException | InvalidRangeException | RuntimeException e) {
            throw DataFileException.of(file, "variable " + name + " cannot be read", e);
        }
    }

    /**
     * The last slice along {@code dim}, e.g. the last saved frame.
     *
     * @throws DataFileException if the dimension is empty
     */
    public LabelledArray readLast(String name, String dim) {
        int axis = info(name).dims().indexOf(dim);
        int length = axis < 0 ? 0 : info(name).shape()[axis];
        if (axis >= 0 && length == 0) {
            throw DataFileException.of(file, "variable " + name + " has no entries along " + dim);
        }
        return readIndex(name, dim, length - 1);
    }

    /**
     * True if {@code coordinate} is a 1-D variable with at least two values, strictly decreasing.
     *
     * @throws DataFileException if there is no such variable
     */
    public boolean isDescending(String coordinate) {
        double[] c = read(coordinate).valuesView();
        if (c.length < 2) {
            return false;
        }
        for (int i = 1; i < c.length; i++) {
            if (!(c[i] < c[i - 1])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Like {@link #read}, but reversed along every dimension whose coordinate variable descends, so that all
     * coordinates ascend (a descending coordinate read this way ascends too).
     */
    public LabelledArray readAscending(String name) {
        LabelledArray a = read(name);
        for (String d : a.dims()) {
            Variable c = nc.getRootGroup().findVariable(d);
            if (c != null && c.getRank() == 1 && isDescending(d)) {
                a = a.reversedAlong(d);
            }
        }
        return a;
    }

    /** Global attributes (String, Number or double[]) in file order. */
    public Map<String, Object> globalAttributes() {
        return java.util.Collections.unmodifiableSequencedMap(NcAttributes.fromNetcdf(nc.getGlobalAttributes()));
    }

    /** A global attribute as text, or null if absent. */
    public String globalAttributeText(String key) {
        Object v = globalAttributes().get(key);
        return v == null ? null : v instanceof double[] a ? java.util.Arrays.toString(a) : v.toString();
    }

    /** The file's format: NetCDF-3 or NetCDF-4/HDF5. */
    public NetcdfFormat format() {
        return NetcdfFiles.formatOf(file);
    }

    @Override
    public void close() {
        try {
            nc.close();
        } catch (IOException e) {
            throw DataFileException.of(file, "could not be closed", e);
        }
    }

    private Variable variable(String name) {
        Variable v = nc.getRootGroup().findVariable(name);
        if (v == null) {
            throw DataFileException.of(file, "has no variable '" + name + "' (it has " + variableNames() + ")");
        }
        return v;
    }

    private static List<String> dimNames(Variable v) {
        List<String> names = new ArrayList<>();
        int a = 0;
        for (Dimension d : v.getDimensions()) {
            String n = d.getShortName();
            names.add(n == null || n.isEmpty() ? "dim" + a : n);
            a++;
        }
        return names;
    }

    private LabelledArray toLabelled(Variable v, Array raw, int[] shape, List<String> dims) {
        Map<String, Object> attributes = NcAttributes.fromNetcdf(v.getAttributes());
        double[] values;
        try {
            values = Unpacking.of(attributes).apply(raw, v.getShortName());
        } catch (IllegalArgumentException e) {
            throw DataFileException.of(file, e.getMessage());
        }
        return LabelledArray.owning(v.getShortName(), dims, shape, values, Attributes.copyOf(attributes));
    }
}
