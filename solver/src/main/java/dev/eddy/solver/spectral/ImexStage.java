package dev.eddy.solver.spectral;

/**
 * What one explicit-term evaluation of an IMEX step does with the new {@code F}, and its coefficients: the stage
 * {@code k} of an {@link ImexTableau} at step size {@code dt}, shared by every spectral step implementation.
 * <ul>
 *   <li>{@link Rule#LOW_STORAGE} ({@link ImexTableau.LowStorageCrankNicolson}): {@code h ← F + β·h;
 *       ω̂ ← (ω̂·(1 + μL) + γ·dt·h) / (1 − μL)} with {@code beta = β_k}, {@code gammaDt = γ_k·dt},
 *       {@code mu = μ_k·dt}.</li>
 *   <li>{@link Rule#HEUN_FIRST}, {@link Rule#HEUN_SECOND} (the two stages of Crank–Nicolson–Heun): {@code mu = ½dt},
 *       {@code gammaDt = dt}.</li>
 *   <li>{@link Rule#EXPLICIT_ONLY}: only store {@code F} (the explicit-term diagnostic), no update.</li>
 * </ul>
 */
record ImexStage(Rule rule, double beta, double gammaDt, double mu) {

    /** The update applied with the stage's explicit term. */
    enum Rule { LOW_STORAGE, HEUN_FIRST, HEUN_SECOND, EXPLICIT_ONLY }

    /** Evaluate {@code F} without advancing the state. */
    static final ImexStage EXPLICIT_ONLY = new ImexStage(Rule.EXPLICIT_ONLY, 0, 0, 0);

    /** Stage {@code k} of {@code tableau} at step {@code dt}. */
    static ImexStage of(ImexTableau tableau, int k, double dt) {
        if (tableau instanceof ImexTableau.LowStorageCrankNicolson t) {
            return new ImexStage(Rule.LOW_STORAGE, t.beta(k), t.gamma(k) * dt, t.mu(k) * dt);
        }
        return new ImexStage(k == 0 ? Rule.HEUN_FIRST : Rule.HEUN_SECOND, 0, dt, 0.5 * dt);
    }
}
