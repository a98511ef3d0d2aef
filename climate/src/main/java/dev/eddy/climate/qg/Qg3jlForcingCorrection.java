package dev.eddy.climate.qg;

import dev.eddy.climate.sphere.SpectralOperators;
import dev.eddy.climate.sphere.SphericalTransform;

/**
 * Makes the shipped QG3.jl forcing consistent with physical MM93 dynamics.
 *
 * <p>QG3.jl's Jacobian ({@code model.jl}: J = ψ_μ q_λ − ψ_λ q_μ − ψ_λ, with 2Ω = a = 1) equals, in the orientation
 * of its data (the one the shipped CSVs use), J(ψ, q′ − f + f·h/H0) of this model: relative and orographic advection
 * as here, the planetary (β) term reversed. Its Roads forcing S_QG3 = −mean F₀ was computed with that tendency. Since
 * J(ψ, q′ − f + f·h/H0) = J(ψ, q′ + f + f·h/H0) − 2J(ψ, f), the unforced tendencies differ by 2J(ψ, f), and the forcing
 * that balances the same states in the physical model is
 * S = S_QG3 + 2 J(ψ̄, f) = S_QG3 + 2·(2Ω/a²)·∂ψ̄/∂λ (exact, as J(·, f) is linear).
 *
 * <p>The ERA5 mean ψ̄ behind S_QG3 is not shipped, so it is estimated by the time mean of the QG3.jl-equivalent model
 * ({@link Mm93Parameters#betaSign()} = −1) forced by S_QG3 from the shipped ψ0: Roads forcing is built to make the
 * observed mean state stationary. Only the zonally varying part of ψ̄ matters. With the physical model, the raw S_QG3
 * gives a jet near 52–58°N and Z500 stationary waves uncorrelated with observations; the corrected S gives the jet near
 * 30°N and a pattern correlation above 0.6 (see docs/climate.md).
 */
public final class Qg3jlForcingCorrection {
    /** Days integrated before averaging. */
    public static final int SPINUP_DAYS = 60;
    /** Days averaged for ψ̄. */
    public static final int MEAN_DAYS = 300;

    private Qg3jlForcingCorrection() {
    }

    /**
     * The corrected forcing on {@code transform} (flattened spectral, 3 levels).
     *
     * @param parameters   the physical model's parameters (betaSign +1); their hemispheric flag is used for the estimate
     * @param surface      the surface fields on the transform's grid
     * @param shippedS     S_QG3, spectral on the transform
     * @param initialPsi   ψ0, spectral on the transform
     */
    public static double[] correctedForcing(SphericalTransform transform, Mm93Parameters parameters, SurfaceFields surface,
                                            double[] shippedS, double[] initialPsi) {
        double[] psiBar = qg3jlMeanStreamfunction(transform, parameters, surface, shippedS, initialPsi, SPINUP_DAYS, MEAN_DAYS);
        return correct(transform, parameters, shippedS, psiBar);
    }

    /** S_QG3 + 2·(2Ω/a²)·∂ψ̄/∂λ for a given mean streamfunction ψ̄ (spectral, 3 levels). */
    public static double[] correct(SphericalTransform transform, Mm93Parameters parameters, double[] shippedS, double[] psiBar) {
        int len = transform.index().arrayLength();
        SpectralOperators ops = SpectralOperators.of(transform.index(), parameters.radius());
        double c = 2 * 2 * parameters.omega() / (parameters.radius() * parameters.radius());
        double[] out = shippedS.clone();
        double[] level = new double[len];
        double[] derivative = new double[len];
        for (int l = 0; l < Mm93Model.LEVELS; l++) {
            System.arraycopy(psiBar, l * len, level, 0, len);
            ops.dLambda(level, derivative);
            for (int i = 0; i < len; i++) {
                out[l * len + i] += c * derivative[i];
            }
        }
        return out;
    }

    /** Time-mean ψ of the QG3.jl-equivalent model (betaSign −1) forced by S_QG3, RK4 30 min, from ψ0. */
    public static double[] qg3jlMeanStreamfunction(SphericalTransform transform, Mm93Parameters parameters, SurfaceFields surface,
                                                   double[] shippedS, double[] initialPsi, int spinupDays, int meanDays) {
        Mm93Model model = Mm93Model.create(transform, parameters.withBetaSign(-1), surface, shippedS);
        Mm93Integrator integrator = new Mm93Integrator(model, TimeScheme.RK4, 1800);
        double[] q = new double[model.stateLength()];
        model.potentialVorticityAnomaly(initialPsi, q);
        integrator.prepare(q);
        integrator.step(q, 48 * spinupDays);
        double[] psi = new double[q.length];
        double[] mean = new double[q.length];
        for (int d = 0; d < meanDays; d++) {
            integrator.step(q, 48);
            model.streamfunction(q, psi);
            for (int i = 0; i < psi.length; i++) {
                mean[i] += psi[i] / meanDays;
            }
        }
        return mean;
    }
}
