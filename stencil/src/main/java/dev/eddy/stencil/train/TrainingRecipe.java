package dev.eddy.stencil.train;

import dev.eddy.stencil.model.BundlingSchedule;
import dev.eddy.stencil.model.CnnConfig;
import dev.eddy.stencil.model.HistoryFeatureSpec;
import dev.eddy.stencil.model.LiConfig;
import dev.eddy.stencil.model.TsmConfig;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Everything a training run needs besides its data, read from a flat YAML file ({@code key: value} per line,
 * {@code #} comments; nested YAML is not supported). {@code preset: small|paper} sets the defaults, any other key
 * overrides one of them; unknown keys and malformed values are refused.
 *
 * <p>Keys: model {@code layers, width, input_scale, seed, accuracy_order, tvd_wrap, lax_wendroff}; optimisation
 * {@code unroll, batch, steps, warmup, peak_lr, clip, weight_decay, checkpoint_every, mode (whole|stepped),
 * precision (float|double)}; TSM {@code features (hippo|raw), history, hippo_order, hippo_delta, bundle,
 * cadence (fixed|published)}.
 */
public final class TrainingRecipe {

    private static final Map<String, Map<String, String>> PRESETS = Map.of(
            "small", defaults("4", "32", "8", "8", "2000", "100", "100", "8", "32", "whole", "float"),
            "paper", defaults("6", "256", "32", "64", "90888", "1136", "1000", "32", "256", "stepped", "float"));

    private final Map<String, String> values;

    private TrainingRecipe(Map<String, String> values) {
        this.values = values;
        validate();
    }

    private static Map<String, String> defaults(String layers, String width, String unroll, String batch, String steps,
            String warmup, String checkpointEvery, String history, String hippoOrder, String mode, String precision) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("layers", layers);
        m.put("width", width);
        m.put("input_scale", "0.1");
        m.put("seed", "42");
        m.put("accuracy_order", "1");
        m.put("tvd_wrap", "true");
        m.put("lax_wendroff", "false");
        m.put("unroll", unroll);
        m.put("batch", batch);
        m.put("steps", steps);
        m.put("warmup", warmup);
        m.put("peak_lr", "1e-3");
        m.put("clip", "0.25");
        m.put("weight_decay", "1e-4");
        m.put("checkpoint_every", checkpointEvery);
        m.put("mode", mode);
        m.put("precision", precision);
        m.put("features", "hippo");
        m.put("history", history);
        m.put("hippo_order", hippoOrder);
        m.put("hippo_delta", "1.0");
        m.put("bundle", "4");
        m.put("cadence", "fixed");
        return m;
    }

    /**
     * @throws IllegalArgumentException with a one-line message naming the line or key
     */
    public static TrainingRecipe parse(String yaml) {
        Map<String, String> given = new LinkedHashMap<>();
        String[] lines = yaml.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceFirst("\\s+#.*$", "").strip();
            if (line.isEmpty() || line.startsWith("#") || line.equals("---")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || lines[i].startsWith(" ") || lines[i].startsWith("\t")) {
                throw new IllegalArgumentException("config line " + (i + 1) + ": expected 'key: value' (flat YAML), got '"
                        + lines[i].strip() + "'");
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip().replaceAll("^[\"']|[\"']$", "");
            if (given.put(key, value) != null) {
                throw new IllegalArgumentException("config key '" + key + "' given twice");
            }
        }
        String preset = given.getOrDefault("preset", "small");
        Map<String, String> base = PRESETS.get(preset);
        if (base == null) {
            throw new IllegalArgumentException("unknown preset '" + preset + "' (use small or paper)");
        }
        Map<String, String> values = new LinkedHashMap<>(base);
        values.put("preset", preset);
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (!values.containsKey(e.getKey())) {
                throw new IllegalArgumentException("unknown config key '" + e.getKey() + "'");
            }
            values.put(e.getKey(), e.getValue());
        }
        return new TrainingRecipe(values);
    }

    private void validate() {
        liConfig();
        settings();
        tsmConfig();
        if (unroll() < 1) {
            throw new IllegalArgumentException("unroll must be ≥ 1");
        }
        choice("mode", "whole", "stepped");
        choice("precision", "float", "double");
    }

    public int unroll() {
        return integer("unroll");
    }

    public boolean stepped() {
        return choice("mode", "whole", "stepped").equals("stepped");
    }

    public org.nd4j.linalg.api.buffer.DataType precision() {
        return choice("precision", "float", "double").equals("float") ? org.nd4j.linalg.api.buffer.DataType.FLOAT
                : org.nd4j.linalg.api.buffer.DataType.DOUBLE;
    }

    public CnnConfig cnn() {
        return new CnnConfig(integer("layers"), integer("width"), number("input_scale"), integer("seed"));
    }

    public LiConfig liConfig() {
        return new LiConfig(cnn(), integer("accuracy_order"), bool("tvd_wrap"), bool("lax_wendroff"));
    }

    public TsmConfig tsmConfig() {
        HistoryFeatureSpec features = choice("features", "hippo", "raw").equals("hippo")
                ? new HistoryFeatureSpec(HistoryFeatureSpec.Kind.HIPPO, integer("history"),
                        dev.eddy.hippo.Measure.LAGT_HTTYH, integer("hippo_order"), number("hippo_delta"), 1.0,
                        dev.eddy.hippo.Discretization.BILINEAR)
                : HistoryFeatureSpec.raw(integer("history"));
        BundlingSchedule bundling = new BundlingSchedule(integer("bundle"),
                choice("cadence", "fixed", "published").equals("fixed") ? BundlingSchedule.Cadence.FIXED
                        : BundlingSchedule.Cadence.PUBLISHED);
        return new TsmConfig(cnn(), features, bundling, liConfig());
    }

    public TrainingSettings settings() {
        return new TrainingSettings(integer("steps"), integer("batch"), integer("warmup"), number("peak_lr"),
                integer("seed"), integer("checkpoint_every"));
    }

    public AdamW optimizer() {
        return new AdamW(0.9, 0.98, 1e-8, number("weight_decay"), number("clip"));
    }

    /** All effective values, one {@code key: value} per line (what the model file records). */
    public String describe() {
        StringBuilder b = new StringBuilder();
        values.forEach((k, v) -> b.append(k).append(": ").append(v).append('\n'));
        return b.toString();
    }

    private int integer(String key) {
        try {
            return Integer.parseInt(values.get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("config key '" + key + "' must be an integer, got '" + values.get(key) + "'");
        }
    }

    private double number(String key) {
        try {
            return Double.parseDouble(values.get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("config key '" + key + "' must be a number, got '" + values.get(key) + "'");
        }
    }

    private boolean bool(String key) {
        return choice(key, "true", "false").equals("true");
    }

    private String choice(String key, String... allowed) {
        String v = values.get(key).toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equals(v)) {
                return v;
            }
        }
        throw new IllegalArgumentException("config key '" + key + "' must be one of " + String.join("|", allowed)
                + ", got '" + values.get(key) + "'");
    }
}
