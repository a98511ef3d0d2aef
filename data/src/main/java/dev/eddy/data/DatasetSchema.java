package dev.eddy.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import ucar.nc2.time.CalendarDateUnit;

/**
 * The layout of a file written by {@link FrameWriter}: fixed dimensions, coordinate variables with their data,
 * static variables written once, time-dependent variables appended frame by frame along an unlimited {@code time}
 * dimension, and global attributes.
 *
 * <p>Dimension order follows CF: {@code (time, …, y, x)}, with x fastest. Immutable; build one with {@link #builder()}.
 */
public final class DatasetSchema {
    /** Name of the unlimited dimension and of its coordinate variable. */
    public static final String TIME = "time";

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern REFERENCE_TIME_UNITS =
            Pattern.compile("\\s*(days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|s|milliseconds?|ms)\\s+since\\s+\\S.*",
                    Pattern.CASE_INSENSITIVE);

    /**
     * A time-dependent variable.
     *
     * @param name       variable name
     * @param kind       storage type
     * @param dims       dimensions, the first is {@value #TIME}
     * @param attributes CF attributes such as units, long_name, standard_name
     */
    public record VariableSpec(String name, DataKind kind, List<String> dims, Map<String, Object> attributes) {
        public VariableSpec {
            dims = List.copyOf(dims);
            attributes = Attributes.copyOf(attributes);
        }
    }

    /** A variable written once at creation, stored with the given kind. */
    public record StaticVariable(LabelledArray values, DataKind kind) {
    }

    /** Builds a {@link DatasetSchema}; each call returns the builder. */
    public interface Builder {
        /** A fixed-length dimension. */
        Builder dimension(String name, int length);

        /**
         * The unlimited {@value #TIME} dimension and its coordinate variable.
         *
         * @param units "1" (or "") for dimensionless model time, or CF reference units such as
         *              "days since 2000-01-01"; anything else is rejected because CF readers cannot decode it
         * @param attrs more attributes of the time variable (long_name, calendar, …)
         */
        Builder unlimitedTime(String units, Map<String, Object> attrs);

        /** A 1-D coordinate variable; its dimension is its own name (declared here if it is not yet). */
        Builder coordinate(LabelledArray values);

        /** A variable written once at creation (e.g. orography), stored as double. */
        Builder staticVariable(LabelledArray values);

        /** A variable written once at creation with the given storage kind. */
        Builder staticVariable(LabelledArray values, DataKind kind);

        /** A time-dependent variable; its first dimension must be {@value #TIME}. */
        Builder variable(String name, DataKind kind, List<String> dims, Map<String, Object> attrs);

        /** A global attribute (provenance etc.). */
        Builder globalAttribute(String key, Object value);

        /** All global attributes of a map, in its order if it is ordered, else sorted by key. */
        default Builder globalAttributes(Map<String, Object> attributes) {
            Attributes.copyOf(attributes).forEach(this::globalAttribute);
            return this;
        }

        /**
         * @throws IllegalArgumentException if a name repeats, a dimension is unknown, a length disagrees, or
         *                                  time-dependent variables exist without {@link #unlimitedTime}
         */
        DatasetSchema build();
    }

    private final Map<String, Integer> dimensions;
    private final String timeUnits;
    private final Map<String, Object> timeAttributes;
    private final List<LabelledArray> coordinates;
    private final List<StaticVariable> staticVariables;
    private final List<VariableSpec> variables;
    private final Map<String, Object> globalAttributes;

    private DatasetSchema(BuilderImpl b) {
        this.dimensions = Collections.unmodifiableMap(new LinkedHashMap<>(b.dimensions));
        this.timeUnits = b.timeUnits;
        this.timeAttributes = b.timeAttributes;
        this.coordinates = List.copyOf(b.coordinates);
        this.staticVariables = List.copyOf(b.staticVariables);
        this.variables = List.copyOf(b.variables);
        this.globalAttributes = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(b.globalAttributes));
    }

    public static Builder builder() {
        return new BuilderImpl();
    }

    /** Fixed dimensions and their lengths, in declaration order. */
    public Map<String, Integer> dimensions() {
        return dimensions;
    }

    /** True when the schema has the unlimited time dimension. */
    public boolean hasTime() {
        return timeUnits != null;
    }

    /** Units of the time coordinate, or null without a time dimension. */
    public String timeUnits() {
        return timeUnits;
    }

    public Map<String, Object> timeAttributes() {
        return timeAttributes;
    }

    public List<LabelledArray> coordinates() {
        return coordinates;
    }

    public List<StaticVariable> staticVariables() {
        return staticVariables;
    }

    /** Time-dependent variables in declaration order. */
    public List<VariableSpec> variables() {
        return variables;
    }

    public Map<String, Object> globalAttributes() {
        return globalAttributes;
    }

    /** Number of values one frame of a time-dependent variable holds (product of its non-time dimensions). */
    public int frameSize(VariableSpec v) {
        int n = 1;
        for (String d : v.dims().subList(1, v.dims().size())) {
            n *= dimensions.get(d);
        }
        return n;
    }

    /**
     * True for "1", "" (dimensionless) and CF reference units "UNIT since DATE" whose unit is one CF readers such as
     * xarray decode (days … milliseconds) and whose date is a valid calendar date (checked by netcdf-java's
     * {@link CalendarDateUnit}).
     */
    static boolean isDecodableTimeUnits(String units) {
        if (units.isBlank() || units.strip().equals("1")) {
            return true;
        }
        if (!REFERENCE_TIME_UNITS.matcher(units).matches()) {
            return false;
        }
        try {
            CalendarDateUnit.of(null, units.strip());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static final class BuilderImpl implements Builder {
        private final Map<String, Integer> dimensions = new LinkedHashMap<>();
        private String timeUnits;
        private Map<String, Object> timeAttributes = Map.of();
        private final List<LabelledArray> coordinates = new ArrayList<>();
        private final List<StaticVariable> staticVariables = new ArrayList<>();
        private final List<VariableSpec> variables = new ArrayList<>();
        private final Map<String, Object> globalAttributes = new LinkedHashMap<>();
        private final List<String> variableNames = new ArrayList<>();

        @Override
        public Builder dimension(String name, int length) {
            checkName(name);
            if (TIME.equals(name)) {
                throw new IllegalArgumentException("'time' is the unlimited dimension; declare it with unlimitedTime");
            }
            if (length < 1) {
                throw new IllegalArgumentException("dimension " + name + " needs a length >= 1, got " + length);
            }
            Integer old = dimensions.putIfAbsent(name, length);
            if (old != null && old != length) {
                throw new IllegalArgumentException("dimension " + name + " declared with lengths " + old + " and "
                        + length);
            }
            return this;
        }

        @Override
        public Builder unlimitedTime(String units, Map<String, Object> attrs) {
            if (timeUnits != null) {
                throw new IllegalArgumentException("unlimitedTime declared twice");
            }
            String u = units == null ? "1" : units.strip();
            if (!isDecodableTimeUnits(u)) {
                throw new IllegalArgumentException("time units '" + units + "' cannot be decoded by CF readers;"
                        + " use \"1\" for dimensionless time or e.g. \"days since 2000-01-01\"");
            }
            timeUnits = u.isEmpty() ? "1" : u;
            timeAttributes = Attributes.copyOf(attrs);
            claimVariableName(TIME);
            return this;
        }

        @Override
        public Builder coordinate(LabelledArray values) {
            if (values.dims().size() != 1 || !values.dims().getFirst().equals(values.name())) {
                throw new IllegalArgumentException("coordinate " + values.name()
                        + " must be 1-D along a dimension of its own name, got dims " + values.dims());
            }
            dimension(values.name(), values.size());
            claimVariableName(values.name());
            coordinates.add(values);
            return this;
        }

        @Override
        public Builder staticVariable(LabelledArray values) {
            return staticVariable(values, DataKind.DOUBLE);
        }

        @Override
        public Builder staticVariable(LabelledArray values, DataKind kind) {
            int[] shape = values.shape();
            for (int a = 0; a < shape.length; a++) {
                dimension(values.dims().get(a), shape[a]);
            }
            claimVariableName(values.name());
            staticVariables.add(new StaticVariable(values, kind));
            return this;
        }

        @Override
        public Builder variable(String name, DataKind kind, List<String> dims, Map<String, Object> attrs) {
            if (dims.isEmpty() || !TIME.equals(dims.getFirst())) {
                throw new IllegalArgumentException("variable " + name + " must have 'time' as first dimension, got "
                        + dims);
            }
            if (dims.lastIndexOf(TIME) != 0 || dims.stream().distinct().count() != dims.size()) {
                throw new IllegalArgumentException("variable " + name + " repeats a dimension: " + dims);
            }
            claimVariableName(name);
            variables.add(new VariableSpec(name, kind == null ? DataKind.DOUBLE : kind, dims,
                    attrs == null ? Map.of() : attrs));
            return this;
        }

        @Override
        public Builder globalAttribute(String key, Object value) {
            globalAttributes.put(key, Attributes.checked(key, value));
            return this;
        }

        @Override
        public DatasetSchema build() {
            if (!variables.isEmpty() && timeUnits == null) {
                throw new IllegalArgumentException("time-dependent variables need unlimitedTime(...)");
            }
            for (VariableSpec v : variables) {
                for (String d : v.dims().subList(1, v.dims().size())) {
                    if (!dimensions.containsKey(d)) {
                        throw new IllegalArgumentException("variable " + v.name() + " uses undeclared dimension "
                                + d);
                    }
                }
            }
            return new DatasetSchema(this);
        }

        private void claimVariableName(String name) {
            checkName(name);
            if (variableNames.contains(name)) {
                throw new IllegalArgumentException("variable " + name + " declared twice");
            }
            variableNames.add(name);
        }

        private static void checkName(String name) {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("invalid NetCDF name '" + name
                        + "' (a letter, then letters, digits or _)");
            }
        }
    }
}
