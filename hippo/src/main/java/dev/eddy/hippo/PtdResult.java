package dev.eddy.hippo;

/**
 * The outcome of perturb-then-diagonalize.
 *
 * @param eigenReal       Re λ̃_n of {@code A_H + E} (after clamping, if any), N values
 * @param eigenImag       Im λ̃_n
 * @param vectors         Ṽ with unit-norm columns
 * @param conditionNumber κ₂(Ṽ) with unit-norm columns
 * @param bTildeRe        Re of {@code B̃ = Ṽ^{-1} B} (B = B_H/‖B_H‖)
 * @param bTildeIm        Im of B̃
 * @param transferError   {@code sup_ω |G_PTD(iω) - G_H(iω)|} over the frequency grid, with C = 1/√N
 * @param transferNorm    {@code sup_ω |G_H(iω)|} on the same grid, for scale
 * @param clamped         the number of eigenvalues clamped by {@link UnstablePolicy#CLAMP}
 * @param perturbationNorm ‖E‖₂
 */
public record PtdResult(double[] eigenReal, double[] eigenImag, ComplexMatrix vectors, double conditionNumber,
                        double[] bTildeRe, double[] bTildeIm, double transferError, double transferNorm,
                        int clamped, double perturbationNorm) {
}
