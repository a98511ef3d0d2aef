/**
 * Typed real 2-D FFTs over eddy's row-major {@code ny × nx} fields (x fastest).
 *
 * <p>{@link dev.eddy.solver.fft.RealFft2D} transforms a {@code double[ny*nx]} into a
 * {@link dev.eddy.solver.fft.SpectralField}: numpy's {@code rfft2} layout, {@code ny} rows (full y axis) ×
 * {@code nx/2+1} columns (non-negative x wavenumbers), stored as separate real and imaginary arrays. The sign
 * convention is numpy's ({@code X_k = Σ x_n e^{−2πi kn/N}}) and the inverse is normalised by {@code 1/(nx·ny)}.
 * {@link dev.eddy.solver.fft.RealFft2DFloat} and {@link dev.eddy.solver.fft.SpectralFieldFloat} are the float32
 * twins. {@link dev.eddy.solver.fft.Wavenumbers} gives the integer and angular wavenumbers of each row and column.
 *
 * <p>JTransforms' packed in-place layouts never leave this package.
 */
package dev.eddy.solver.fft;
