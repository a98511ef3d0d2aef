package dev.eddy.hippo;

import java.util.Locale;

/**
 * Where the samples of a time-varying HiPPO-LegS projection sit (hippo.md §3).
 *
 * <ul>
 *   <li>{@link #INTERVAL}: sample k (1-based) stands for the interval (k-1, k] of τ; {@code c(1) = f_1 e_0} is the
 *       exact projection of a constant (because {@code A e_0 + B = 0}); reconstruct sample k at
 *       {@code x = (k - 1/2)/L}. Exact for piecewise-constant input, and constants are reproduced exactly.</li>
 *   <li>{@link #HIPPO_CODE}: {@code c_0 = 0}, step k = 1..L applies the LTI formula to {@code A/k, B/k} with Δ = 1
 *       (HazyResearch hippo-code {@code HiPPO_LegS}); reconstruct on {@code linspace(0, 1, L)}. It implicitly
 *       prepends a zero segment, hence a start-up artifact near x = 0.</li>
 * </ul>
 */
public enum LegsConvention {
    INTERVAL,
    HIPPO_CODE;

    public static LegsConvention fromName(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (key) {
            case "interval" -> INTERVAL;
            case "hippo-code" -> HIPPO_CODE;
            default -> throw new IllegalArgumentException(
                    "unknown LegS convention '" + name + "' (expected interval, hippo-code)");
        };
    }
}
