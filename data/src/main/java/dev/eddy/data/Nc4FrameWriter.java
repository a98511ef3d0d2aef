package dev.eddy.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import ucar.ma2.Array;
import ucar.ma2.DataType;
import ucar.ma2.InvalidRangeException;
import ucar.nc2.NetcdfFileWriter;
import ucar.nc2.Variable;

/**
 * Appends frames to a NetCDF-4 file through netcdf-java's JNA binding of the native library, syncing after each.
 * Dropping frames is not possible in HDF5: {@link #truncate} instead makes the next frames overwrite the dropped ones,
 * which for a deterministic rerun rewrites the same values.
 */
final class Nc4FrameWriter implements FrameWriter {
    private final Path file;
    private final NetcdfFileWriter writer;
    private final Variable time;
    private final List<Variable> variables;
    private int frames;
    private boolean closed;

    private Nc4FrameWriter(Path file, NetcdfFileWriter writer, Variable time, List<Variable> variables, int frames) {
        this.file = file;
        this.writer = writer;
        this.time = time;
        this.variables = variables;
        this.frames = frames;
    }

    static Nc4FrameWriter open(Path file) {
        if (!NetcdfFormat.nc4Available()) {
            throw DataFileException.of(file, "cannot append to NetCDF-4: the native NetCDF library (libnetcdf) is"
                    + " not installed (Debian/Ubuntu: apt-get install libnetcdf19)");
        }
        NetcdfFileWriter w;
        try {
            w = NetcdfFileWriter.openExisting(file.toString());
        } catch (IOException | RuntimeException e) {
            throw DataFileException.of(file, "cannot be opened for appending", e);
        }
        try {
            Variable t = w.findVariable(DatasetSchema.TIME);
            List<Variable> vars = new ArrayList<>();
            for (Variable v : w.getNetcdfFile().getVariables()) {
                if (v != t && v.isUnlimited()) {
                    vars.add(v);
                }
            }
            if ((t == null || !t.isUnlimited()) && !vars.isEmpty()) {
                throw DataFileException.of(file, "has unlimited variables but no unlimited 'time' variable;"
                        + " cannot append");
            }
            return new Nc4FrameWriter(file, w, t != null && t.isUnlimited() ? t : null, vars,
                    t != null && t.isUnlimited() ? t.getShape(0) : 0);
        } catch (RuntimeException e) {
            try {
                w.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    @Override
    public void writeFrame(double t, Map<String, double[]> values) {
        ensureOpen();
        if (time == null) {
            throw new IllegalStateException(file + " has no time dimension; it holds static variables only");
        }
        Set<String> expected = new TreeSet<>();
        variables.forEach(v -> expected.add(v.getShortName()));
        if (!expected.equals(new TreeSet<>(values.keySet()))) {
            throw new IllegalArgumentException("a frame needs exactly the variables " + expected + ", got "
                    + new TreeSet<>(values.keySet()));
        }
        try {
            for (Variable v : variables) {
                long frameValues = 1;
                for (int d = 1; d < v.getRank(); d++) {
                    frameValues *= v.getShape(d);
                }
                double[] data = values.get(v.getShortName());
                if (data.length != frameValues) {
                    throw new IllegalArgumentException(v.getShortName() + ": a frame has " + frameValues
                            + " values, got " + data.length);
                }
            }
            for (Variable v : variables) {
                int[] shape = v.getShape();
                shape[0] = 1;
                int[] origin = new int[shape.length];
                origin[0] = frames;
                writer.write(v, origin, array(v.getDataType(), shape, values.get(v.getShortName())));
            }
            writer.write(time, new int[] {frames}, Array.factory(DataType.DOUBLE, new int[] {1}, new double[] {t}));
            writer.flush();
            frames++;
        } catch (IOException | InvalidRangeException e) {
            throw DataFileException.of(file, "frame " + frames + " could not be written", e);
        }
    }

    private static Array array(DataType type, int[] shape, double[] data) {
        if (type == DataType.FLOAT) {
            float[] f = new float[data.length];
            for (int i = 0; i < f.length; i++) {
                f[i] = (float) data[i];
            }
            return Array.factory(DataType.FLOAT, shape, f);
        }
        return Array.factory(DataType.DOUBLE, shape, data.clone());
    }

    @Override
    public int frameCount() {
        return frames;
    }

    @Override
    public void truncate(int keep) {
        ensureOpen();
        if (keep > frames) {
            throw DataFileException.of(file, "holds " + frames + " frames; cannot keep " + keep);
        }
        frames = keep;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException(file + ": writer is closed");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            writer.close();
        } catch (IOException e) {
            throw DataFileException.of(file, "could not be closed", e);
        }
    }
}
