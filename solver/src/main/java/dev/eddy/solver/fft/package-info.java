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
 * <p>{@link dev.eddy.solver.fft.RowFft} (real FFT of single rows) and {@link dev.eddy.solver.fft.ColumnFft} (complex
 * FFTs of column blocks through interleaved scratch) are the two passes of the 2-D transform, public so that fused
 * kernels such as the pseudo-spectral solver can work between them. {@link dev.eddy.solver.fft.WorkerTeam} is the
 * parallel-for they run on (it allocates nothing itself per task).
 *
 * <p>{@link dev.eddy.solver.fft.RealFftBatch} is the seam to whole-transform libraries: batched real 2-D FFTs over
 * buffers the batch owns, in an interleaved {@code rfft2} layout. {@link dev.eddy.solver.fft.FftwRealFftBatch} runs
 * on FFTW 3 ({@link dev.eddy.solver.fft.FftwLibrary}, bound with {@code java.lang.foreign}),
 * {@link dev.eddy.solver.fft.JTransformsRealFftBatch} is its pure-Java reference. {@link dev.eddy.solver.fft.FftBackend}
 * names the choice ({@code eddy.fft = auto|fftw|jtransforms}); nothing falls back silently.
 *
 * <p>JTransforms' packed in-place layouts never leave this package, nor does its quirk that an unscaled real inverse
 * returns {@code n/2·x} for power-of-two lengths and {@code n·x} otherwise ({@code RowFft} normalises it).
 */
package dev.eddy.solver.fft;
