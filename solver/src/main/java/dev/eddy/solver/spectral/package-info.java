/**
 * Pseudo-spectral 2-D Navier–Stokes in vorticity form (tsm.md §2.6, after JAX-CFD's {@code spectral} package).
 *
 * <ul>
 *   <li>{@link dev.eddy.solver.spectral.SpectralStep} (double) and {@link dev.eddy.solver.spectral.SpectralStepFloat}
 *       (float32): the time step, the seam between FFT backends. State {@code ω̂ = rfft2(ω)} in a
 *       {@link dev.eddy.solver.fft.SpectralField}; {@code step(state)} advances it in place by one {@code dt}.
 *       Implementations: {@link dev.eddy.solver.spectral.SpectralNavierStokes2D} /
 *       {@link dev.eddy.solver.spectral.SpectralNavierStokes2DFloat} (JTransforms, fused into the step) and
 *       {@link dev.eddy.solver.spectral.SpectralNavierStokes2DBatched} /
 *       {@link dev.eddy.solver.spectral.SpectralNavierStokes2DBatchedFloat} (whole 2-D transforms of a
 *       {@link dev.eddy.solver.fft.RealFftBatch}: FFTW).</li>
 *   <li>{@link dev.eddy.solver.spectral.SpectralSolver}: the same behind one double-valued interface that owns its
 *       state, with the precision chosen by {@link dev.eddy.solver.spectral.Precision} and the FFT library by
 *       {@link dev.eddy.solver.fft.FftBackend} (default: system property {@code eddy.fft}, {@code auto}).</li>
 *   <li>{@link dev.eddy.solver.spectral.SpectralParameters}: ν, drag, forcing, time stepper, dt, threads.</li>
 *   <li>{@link dev.eddy.solver.spectral.ImexScheme}: the registered time steppers (CN-RK4 default, CN-RK3, CN-RK2),
 *       whose coefficients are {@link dev.eddy.solver.spectral.ImexTableau} data.</li>
 *   <li>{@link dev.eddy.solver.spectral.BrickWallFilter}: the 2/3-rule filter on the advection term.</li>
 *   <li>{@link dev.eddy.solver.spectral.VorticityForcing}: none, Kolmogorov, or user arrays; enters as its curl.</li>
 *   <li>{@link dev.eddy.solver.spectral.VorticitySpectra}: velocity ↔ vorticity, energy, enstrophy, spectral
 *       truncation to a coarser grid.</li>
 * </ul>
 *
 * <pre>{@code
 * Grid grid = Grid.square2Pi(256);
 * double dt = 0.5 * grid.dx() / 7;                          // CFL 0.5 at v_max 7
 * SpectralParameters p = SpectralParameters.kolmogorov(dt).withThreads(2);
 * try (SpectralSolver solver = SpectralSolver.create(grid, p, Precision.DOUBLE)) {
 *     solver.setVorticity(omega0);                           // ω on the nodes x_i = i·L/N, row-major (y, x)
 *     solver.advance(1000);
 *     solver.vorticity(omega);
 * }
 * }</pre>
 */
package dev.eddy.solver.spectral;
