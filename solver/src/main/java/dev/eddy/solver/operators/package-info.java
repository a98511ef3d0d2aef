/**
 * Finite-difference, interpolation and convection operators on the periodic MAC (Arakawa C) grid
 * (tsm.md §2.1–2.3; JAX-CFD {@code finite_differences}, {@code interpolation}, {@code advection}).
 *
 * <p>Naming: an operator's Javadoc states where its input lives and where its output lands; array indices are
 * cell indices {@code (i, j)}, and a value of cell {@code (i, j)} at offset {@code (ox, oy)} sits at
 * {@code ((i + ox)Δx, (j + oy)Δy)}. One cell:
 * <pre>
 *          v(i,j) at (½,1)      ω(i,j) at (1,1)
 *     +--------- ↑ ---------- ●
 *     |                       |
 *     |      p(i,j) at        → u(i,j) at (1,½)
 *     |        (½,½)          |
 *     +-----------------------+
 *   (0,0)                   (1,0)
 * </pre>
 * Differences between neighbouring locations: centre → faces forward ({@code p_{i+1} − p_i}), faces → centre
 * backward ({@code u_i − u_{i−1}}), faces → corners forward. Corners (1,1) of cell {@code (i, j)} coincide with the
 * collocation nodes (0,0) of cell {@code (i+1, j+1)}.
 *
 * <p>The {@code …Into} array methods write into caller-provided arrays and split rows among a
 * {@link dev.eddy.solver.fft.WorkerTeam}; the {@link dev.eddy.solver.field.Field}-level methods check locations and
 * allocate their result.
 */
package dev.eddy.solver.operators;
