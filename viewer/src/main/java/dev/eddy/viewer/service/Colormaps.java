package dev.eddy.viewer.service;

import java.util.List;

/**
 * The built-in colormaps, computed here from a few published anchor colours (no tables are copied).
 *
 * <ul>
 *   <li>{@code sequential}: a viridis-like map through the five anchors that the matplotlib documentation lists for
 *       viridis (#440154, #3b528b, #21918c, #5ec962, #fde725). The anchors are joined by straight lines in CIE L*a*b*
 *       and the path is resampled at equal CIE76 arc length, so neighbouring entries differ by the same ΔE
 *       (perceptual uniformity in the sense of van der Walt &amp; Smith, SciPy 2015).</li>
 *   <li>{@code diverging}: Moreland's cool–warm map (ISVC 2009): endpoints sRGB (59,76,192) and (180,4,38),
 *       interpolated in Msh through a white-ish centre of magnitude max(M1, M2, 88), with his hue adjustment.</li>
 *   <li>{@code grey}: L* from 5 to 98 in equal steps, a = b = 0.</li>
 * </ul>
 */
public final class Colormaps {
    private static final Colormap SEQUENTIAL = buildSequential();
    private static final Colormap DIVERGING = buildDiverging();
    private static final Colormap GREY = buildGrey();

    private Colormaps() {
    }

    /** Viridis-like sequential map (see class comment). */
    public static Colormap sequential() {
        return SEQUENTIAL;
    }

    /** Moreland cool–warm diverging map (see class comment). */
    public static Colormap diverging() {
        return DIVERGING;
    }

    /** Grey ramp, linear in L*. */
    public static Colormap grey() {
        return GREY;
    }

    /** All built-in maps, in menu order. */
    public static List<Colormap> all() {
        return List.of(SEQUENTIAL, DIVERGING, GREY);
    }

    /** The built-in map with this id, or an exception naming the valid ids. */
    public static Colormap byId(String id) {
        for (Colormap c : all()) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown colormap '" + id + "' (known: sequential, diverging, grey)");
    }

    private static Colormap buildSequential() {
        int[][] anchors = {{0x44, 0x01, 0x54}, {0x3b, 0x52, 0x8b}, {0x21, 0x91, 0x8c}, {0x5e, 0xc9, 0x62}, {0xfd, 0xe7, 0x25}};
        double[][] lab = new double[anchors.length][];
        double[] cumulative = new double[anchors.length];
        for (int i = 0; i < anchors.length; i++) {
            lab[i] = ColorScience.srgbToLab(ColorScience.rgb255(anchors[i][0], anchors[i][1], anchors[i][2]));
            if (i > 0) {
                cumulative[i] = cumulative[i - 1] + ColorScience.deltaE(lab[i - 1], lab[i]);
            }
        }
        double total = cumulative[anchors.length - 1];
        int[] table = new int[Colormap.SIZE];
        int segment = 0;
        for (int k = 0; k < Colormap.SIZE; k++) {
            double s = total * k / (Colormap.SIZE - 1);
            while (segment < anchors.length - 2 && s > cumulative[segment + 1]) {
                segment++;
            }
            double u = (s - cumulative[segment]) / (cumulative[segment + 1] - cumulative[segment]);
            table[k] = ColorScience.toArgb(ColorScience.labToSrgb(lerp(lab[segment], lab[segment + 1], u)));
        }
        return Colormap.of("sequential", "Viridis-like (sequential)", false, table);
    }

    private static Colormap buildDiverging() {
        double[] cool = ColorScience.labToMsh(ColorScience.srgbToLab(ColorScience.rgb255(59, 76, 192)));
        double[] warm = ColorScience.labToMsh(ColorScience.srgbToLab(ColorScience.rgb255(180, 4, 38)));
        int[] table = new int[Colormap.SIZE];
        for (int k = 0; k < Colormap.SIZE; k++) {
            double t = (double) k / (Colormap.SIZE - 1);
            table[k] = ColorScience.toArgb(ColorScience.labToSrgb(ColorScience.mshToLab(mshInterpolate(cool, warm, t))));
        }
        return Colormap.of("diverging", "Cool–warm (diverging)", true, table);
    }

    /** Moreland (2009) Msh interpolation with a neutral centre when the end hues differ by more than π/3. */
    static double[] mshInterpolate(double[] from, double[] to, double t) {
        double[] a = from.clone();
        double[] b = to.clone();
        double u = t;
        if (a[1] > 0.05 && b[1] > 0.05 && angleDifference(a[2], b[2]) > Math.PI / 3) {
            double mid = Math.max(88, Math.max(a[0], b[0]));
            if (t < 0.5) {
                b = new double[] {mid, 0, 0};
                u = 2 * t;
            } else {
                a = new double[] {mid, 0, 0};
                u = 2 * t - 1;
            }
        }
        if (a[1] < 0.05 && b[1] > 0.05) {
            a[2] = adjustHue(b, a[0]);
        } else if (b[1] < 0.05 && a[1] > 0.05) {
            b[2] = adjustHue(a, b[0]);
        }
        return lerp(a, b, u);
    }

    /** Moreland's hue spin for an unsaturated end of magnitude {@code mUnsat} next to a saturated colour. */
    private static double adjustHue(double[] saturated, double mUnsat) {
        double m = saturated[0];
        double s = saturated[1];
        double h = saturated[2];
        if (m >= mUnsat) {
            return h;
        }
        double spin = s * Math.sqrt(mUnsat * mUnsat - m * m) / (m * Math.sin(s));
        return h > -Math.PI / 3 ? h + spin : h - spin;
    }

    private static double angleDifference(double h1, double h2) {
        double d = Math.abs(h1 - h2);
        return d > Math.PI ? 2 * Math.PI - d : d;
    }

    private static Colormap buildGrey() {
        int[] table = new int[Colormap.SIZE];
        for (int k = 0; k < Colormap.SIZE; k++) {
            double l = 5 + 93.0 * k / (Colormap.SIZE - 1);
            table[k] = ColorScience.toArgb(ColorScience.labToSrgb(new double[] {l, 0, 0}));
        }
        return Colormap.of("grey", "Grey (sequential)", false, table);
    }

    private static double[] lerp(double[] a, double[] b, double u) {
        return new double[] {a[0] + u * (b[0] - a[0]), a[1] + u * (b[1] - a[1]), a[2] + u * (b[2] - a[2])};
    }
}
