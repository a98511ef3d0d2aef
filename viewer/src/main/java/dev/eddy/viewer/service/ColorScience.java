package dev.eddy.viewer.service;

/**
 * Colour-space conversions used to build perceptually uniform colormaps.
 *
 * <p>sRGB (IEC 61966-2-1) ↔ CIE XYZ (D65 white) ↔ CIE L*a*b* (CIE 15:2004), and Moreland's polar Msh form of
 * L*a*b* (K. Moreland, "Diverging Color Maps for Scientific Visualization", ISVC 2009):
 * {@code M = sqrt(L² + a² + b²)}, {@code s = acos(L / M)}, {@code h = atan2(b, a)}.
 * Colours are {@code double[3]} arrays; sRGB components are in [0, 1].
 */
public final class ColorScience {
    private static final double XN = 0.95047;
    private static final double YN = 1.0;
    private static final double ZN = 1.08883;
    private static final double DELTA = 6.0 / 29.0;

    private ColorScience() {
    }

    /** sRGB in [0,1] to L*a*b*. */
    public static double[] srgbToLab(double[] rgb) {
        double r = toLinear(rgb[0]);
        double g = toLinear(rgb[1]);
        double b = toLinear(rgb[2]);
        double x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
        double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
        double z = 0.0193339 * r + 0.1191920 * g + 0.9503041 * b;
        double fx = labF(x / XN);
        double fy = labF(y / YN);
        double fz = labF(z / ZN);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    /** L*a*b* to sRGB, each component clipped to [0,1]. */
    public static double[] labToSrgb(double[] lab) {
        double fy = (lab[0] + 16) / 116;
        double fx = fy + lab[1] / 500;
        double fz = fy - lab[2] / 200;
        double x = XN * labFInverse(fx);
        double y = YN * labFInverse(fy);
        double z = ZN * labFInverse(fz);
        double r = 3.2404542 * x - 1.5371385 * y - 0.4985314 * z;
        double g = -0.9692660 * x + 1.8760108 * y + 0.0415560 * z;
        double b = 0.0556434 * x - 0.2040259 * y + 1.0572252 * z;
        return new double[] {clip(toGamma(r)), clip(toGamma(g)), clip(toGamma(b))};
    }

    /** L*a*b* to Moreland's Msh: magnitude, saturation angle, hue angle. */
    public static double[] labToMsh(double[] lab) {
        double m = Math.sqrt(lab[0] * lab[0] + lab[1] * lab[1] + lab[2] * lab[2]);
        double s = m == 0 ? 0 : Math.acos(lab[0] / m);
        double h = Math.atan2(lab[2], lab[1]);
        return new double[] {m, s, h};
    }

    /** Msh back to L*a*b*: {@code L = M cos s, a = M sin s cos h, b = M sin s sin h}. */
    public static double[] mshToLab(double[] msh) {
        double m = msh[0];
        double s = msh[1];
        double h = msh[2];
        return new double[] {m * Math.cos(s), m * Math.sin(s) * Math.cos(h), m * Math.sin(s) * Math.sin(h)};
    }

    /** CIE76 colour difference ΔE*ab (Euclidean distance in L*a*b*). */
    public static double deltaE(double[] lab1, double[] lab2) {
        double dl = lab1[0] - lab2[0];
        double da = lab1[1] - lab2[1];
        double db = lab1[2] - lab2[2];
        return Math.sqrt(dl * dl + da * da + db * db);
    }

    /** 8-bit sRGB components (0..255) to [0,1]. */
    public static double[] rgb255(int r, int g, int b) {
        return new double[] {r / 255.0, g / 255.0, b / 255.0};
    }

    /** Packs sRGB in [0,1] into opaque ARGB. */
    public static int toArgb(double[] rgb) {
        int r = (int) Math.round(clip(rgb[0]) * 255);
        int g = (int) Math.round(clip(rgb[1]) * 255);
        int b = (int) Math.round(clip(rgb[2]) * 255);
        return 0xFF000000 | (r << 16) | (g << 8) | b;
    }

    /** Unpacks ARGB into sRGB in [0,1]. */
    public static double[] fromArgb(int argb) {
        return rgb255((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
    }

    private static double toLinear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double toGamma(double c) {
        return c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
    }

    private static double labF(double t) {
        return t > DELTA * DELTA * DELTA ? Math.cbrt(t) : t / (3 * DELTA * DELTA) + 4.0 / 29.0;
    }

    private static double labFInverse(double t) {
        return t > DELTA ? t * t * t : 3 * DELTA * DELTA * (t - 4.0 / 29.0);
    }

    private static double clip(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
