package dev.eddy.solver.fft;

import java.lang.foreign.MemorySegment;

/**
 * A batch of real 2-D FFTs of {@code count()} fields of {@code ny × nx} points over buffers the transform owns: the
 * seam between the pseudo-spectral kernel ({@code SpectralNavierStokes2DBatched}) and an FFT library. Implementations:
 * {@link FftwRealFftBatch} (FFTW, native buffers) and {@link JTransformsRealFftBatch} (a reference on heap buffers).
 *
 * <p>Layout of the buffers (elements of {@code float} when {@link #singlePrecision()}, else {@code double}; native
 * byte order; {@code C = nx/2 + 1}):
 * <pre>
 *   fields():   field f, row j (y), column i (x)            at element  f·ny·nx + j·nx + i
 *   spectra():  field f, row r (k_y), column c (k_x = c)    real part at element 2·(f·ny·C + r·C + c), imaginary next
 * </pre>
 * The spectra are numpy's {@code rfft2} layout with interleaved complex values: rows in {@code fftfreq} order
 * ({@link Wavenumbers}), columns the non-negative x-wavenumbers. Transforms (sign convention as numpy):
 * <pre>
 *   inverseAll():    fields[f] ← nx·ny · irfft2(spectra[f])  for every f  (unnormalised; spectra are overwritten)
 *   forwardFirst():  spectra[0] ← rfft2(fields[0])            (fields[0] is kept)
 * </pre>
 * A spectrum that is not Hermitian is inverted as numpy does: complex inverse along y, then a real inverse along x that
 * ignores the imaginary parts at {@code k_x = 0} and {@code k_x = nx/2}.
 *
 * <p>Threading: the transforms use the thread count given at construction; an instance is not thread-safe.
 */
public interface RealFftBatch extends AutoCloseable {

    int ny();

    int nx();

    /** Number of fields (and spectra) in the batch. */
    int count();

    /** Whether the buffers hold {@code float} (else {@code double}). */
    boolean singlePrecision();

    /** The real fields, {@code count·ny·nx} elements. */
    MemorySegment fields();

    /** The half spectra, {@code count·ny·(nx/2+1)} interleaved complex values. */
    MemorySegment spectra();

    /** {@code fields[f] ← nx·ny·irfft2(spectra[f])} for every field; the spectra are overwritten. */
    void inverseAll();

    /** {@code spectra[0] ← rfft2(fields[0])}. */
    void forwardFirst();

    /** The library behind the transforms. */
    FftBackend backend();

    /** Frees the buffers (and plans); the segments must not be used afterwards. */
    @Override
    void close();
}
