package dev.eddy.hippo;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The HiPPO measures implemented here (conventions of {@code shared/specs/hippo.md} §2).
 *
 * <ul>
 *   <li>{@link #LEGS}: scaled Legendre, uniform on [0, t] (time-varying), or {@code e^{-s}} over the lag in LTI use.</li>
 *   <li>{@link #LEGT}: translated Legendre, uniform on the window [t-θ, t].</li>
 *   <li>{@link #LAGT}: translated Laguerre of HiPPO-2020 (Theorem 1), {@code A = -tril(1)}, measure {@code e^{-s}}.</li>
 *   <li>{@link #LAGT_HTTYH}: the HTTYH / s4 {@code 'lagt'} variant {@code A = I/2 - tril(1)}, Lebesgue measure.</li>
 *   <li>{@link #FOUT}: translated Fourier on the window [t-θ, t].</li>
 * </ul>
 */
public enum Measure {
    LEGS("legs", false),
    LEGT("legt", true),
    LAGT("lagt", false),
    LAGT_HTTYH("lagt-httyh", false),
    FOUT("fout", true);

    private final String cliName;
    private final boolean windowed;

    Measure(String cliName, boolean windowed) {
        this.cliName = cliName;
        this.windowed = windowed;
    }

    /** The lower-case name used on the command line and in files, e.g. {@code lagt-httyh}. */
    public String cliName() {
        return cliName;
    }

    /** True when the measure has a window length θ (LegT, FouT). */
    public boolean windowed() {
        return windowed;
    }

    /**
     * Parses a command-line name.
     *
     * @throws IllegalArgumentException with a one-line message naming the accepted values
     */
    public static Measure fromName(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (Measure m : values()) {
            if (m.cliName.equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown measure '" + name + "' (expected one of "
                + Arrays.stream(values()).map(Measure::cliName).collect(Collectors.joining(", ")) + ")");
    }
}
