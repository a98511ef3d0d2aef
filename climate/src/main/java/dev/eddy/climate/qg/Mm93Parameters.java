package dev.eddy.climate.qg;

/**
 * Physical parameters of the Marshall–Molteni (1993) three-level QG model (levels 200, 500, 800 hPa).
 *
 * <p>Defaults ({@link #mm93()}) follow MM93 as implemented in QG3.jl, pyshqg and the LMD Fortran code
 * (see {@code specs/qg-blocking.md} §1.4): R1 = 700 km, R2 = 450 km, H0 = 9 km, τR = 25 d, τE = 3 d over sea,
 * α1 = α2 = 0.5 with an orographic scale of 1000 m, ∇⁸ e-folding τH = 2 d at the truncation degree, a = 6.371e6 m,
 * Ω = 7.292e-5 s⁻¹. A time scale of {@link Double#POSITIVE_INFINITY} switches that process off.
 *
 * @param radius planet radius a [m]
 * @param omega rotation rate Ω [s⁻¹]
 * @param rossbyRadius12 R1 [m], coupling of levels 1 and 2
 * @param rossbyRadius23 R2 [m], coupling of levels 2 and 3
 * @param scaleHeight H0 [m] of the orographic term f·h/H0 in q3
 * @param thermalDays τR [d]
 * @param ekmanDays τE [d] (over sea, flat ground)
 * @param landWeight α1, Ekman drag increase over land
 * @param orographyWeight α2, Ekman drag increase with orography
 * @param orographyScale height scale of FH(h) = 1 − exp(−h/scale) [m]
 * @param hyperdiffusionDays τH [d], ∇⁸ e-folding time at l = T
 * @param hemispheric zero the equatorially symmetric modes (l + m even) of q′ and of its tendency, as QG3.jl's MM93 base model does
 * @param betaSign +1 for the physical advection of planetary vorticity; −1 reverses it (only the f term, not the
 *                 orographic f·h/H0 term), which is what QG3.jl's Jacobian computes in the orientation of its data
 *                 (see {@link Qg3jlForcingCorrection}); use −1 only to reconstruct the state its forcing balances
 */
public record Mm93Parameters(double radius, double omega, double rossbyRadius12, double rossbyRadius23, double scaleHeight,
                             double thermalDays, double ekmanDays, double landWeight, double orographyWeight,
                             double orographyScale, double hyperdiffusionDays, boolean hemispheric, int betaSign) {

    /** Seconds per day. */
    public static final double DAY = 86400.0;

    public Mm93Parameters {
        positive("radius", radius);
        positive("omega", omega);
        positive("R1", rossbyRadius12);
        positive("R2", rossbyRadius23);
        positive("H0", scaleHeight);
        positive("thermal relaxation time", thermalDays);
        positive("Ekman time", ekmanDays);
        positive("orography scale", orographyScale);
        positive("hyperdiffusion time", hyperdiffusionDays);
        if (betaSign != 1 && betaSign != -1) {
            throw new IllegalArgumentException("betaSign must be +1 or -1, got " + betaSign);
        }
    }

    /** The published MM93 values; hemispheric symmetry on (QG3.jl's default for MM93 studies). */
    public static Mm93Parameters mm93() {
        return new Mm93Parameters(6.371e6, 7.292e-5, 700e3, 450e3, 9000, 25, 3, 0.5, 0.5, 1000, 2, true, 1);
    }

    /** The same parameters without any dissipation (thermal, Ekman and ∇⁸ off), for conservation tests. */
    public Mm93Parameters withoutDissipation() {
        double inf = Double.POSITIVE_INFINITY;
        return new Mm93Parameters(radius, omega, rossbyRadius12, rossbyRadius23, scaleHeight, inf, inf, landWeight,
                orographyWeight, orographyScale, inf, hemispheric, betaSign);
    }

    /** A copy with the hemispheric flag set. */
    public Mm93Parameters withHemispheric(boolean on) {
        return new Mm93Parameters(radius, omega, rossbyRadius12, rossbyRadius23, scaleHeight, thermalDays, ekmanDays,
                landWeight, orographyWeight, orographyScale, hyperdiffusionDays, on, betaSign);
    }

    /** A copy with the given sign of the planetary-vorticity advection (+1 physical, −1 as QG3.jl). */
    public Mm93Parameters withBetaSign(int sign) {
        return new Mm93Parameters(radius, omega, rossbyRadius12, rossbyRadius23, scaleHeight, thermalDays, ekmanDays,
                landWeight, orographyWeight, orographyScale, hyperdiffusionDays, hemispheric, sign);
    }

    /** f0 = 2Ω sin 45°, used for geopotential height Z = f0 ψ / g. */
    public double f0() {
        return 2 * omega * Math.sin(Math.PI / 4);
    }

    private static void positive(String name, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
