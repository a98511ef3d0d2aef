/**
 * HiPPO operators, discretizations, online projection and reconstruction, S4D kernels, NPLR/DPLR forms,
 * perturb-then-diagonalize (PTD) and batched encoders for TSM. Conventions follow {@code shared/specs/hippo.md}.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>Continuous systems are {@code x' = A x + B u} with A Hurwitz (the HiPPO paper's {@code -A}); coefficients
 *       are orthonormal ({@code p_n = sqrt(2n+1) P_n}).</li>
 *   <li>Discrete steps take the sample of the step's end: {@code x_k = Ā x_{k-1} + B̄ u_k}. The state then
 *       represents the history up to about {@code t_k + Δ/2}; LTI reconstructions read lag {@code s + Δ/2}
 *       ({@link dev.eddy.hippo.LtiProjection#reconstructAligned}).</li>
 *   <li>Window lengths θ are explicit: state-spaces/s4's {@code 'legt'} and {@code 'fout'} are θ = 2.</li>
 *   <li>No matrix is ever inverted: solves use forward substitution for lower-triangular matrices (LegS, LagT)
 *       and LU with partial pivoting otherwise; ZOH uses the augmented matrix exponential.</li>
 *   <li>Diagonal (S4D) systems use conjugate-pair half storage: N/2 complex modes, output {@code 2 Re Σ}.</li>
 * </ul>
 *
 * <h2>Entry points</h2>
 * {@link dev.eddy.hippo.HippoOperator} (A, B, basis, measure, NPLR), {@link dev.eddy.hippo.Discretization},
 * {@link dev.eddy.hippo.LegsOnlineProjection}, {@link dev.eddy.hippo.LtiProjection},
 * {@link dev.eddy.hippo.S4dInit} with {@link dev.eddy.hippo.S4dKernel}, {@link dev.eddy.hippo.PerturbThenDiagonalize},
 * {@link dev.eddy.hippo.HistoryEncoder}.
 */
package dev.eddy.hippo;
