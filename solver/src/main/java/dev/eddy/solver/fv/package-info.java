/**
 * The finite-volume incompressible Navier–Stokes solver of JAX-CFD on a periodic MAC grid (tsm.md §2).
 *
 * <p>Build a step with {@link dev.eddy.solver.fv.FiniteVolumeNavierStokes} from an
 * {@link dev.eddy.solver.fv.FvEquation} and a time step ({@link dev.eddy.solver.fv.TimeStepSize}); the state is a
 * {@link dev.eddy.solver.field.StaggeredVelocity} ({@code u} on x-faces, {@code v} on y-faces, row-major
 * {@code double[ny*nx]}), advanced in place by {@link dev.eddy.solver.fv.VelocityStep#advance}. Precision of the
 * state: {@link dev.eddy.solver.fv.StatePrecision}.
 */
package dev.eddy.solver.fv;
