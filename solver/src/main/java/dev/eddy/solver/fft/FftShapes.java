package dev.eddy.solver.fft;

/** Shape checks shared by the transforms and spectra. */
final class FftShapes {

    private FftShapes() {
    }

    static void requireEven(int ny, int nx) {
        if (ny < 2 || nx < 2 || ny % 2 != 0 || nx % 2 != 0) {
            throw new IllegalArgumentException("the real 2-D FFT needs an even number of points per axis (≥ 2), got "
                    + ny + "×" + nx + " (ny×nx); odd sizes are not supported");
        }
    }

    static void requireLength(String what, int length, int expected, int ny, int nx) {
        if (length != expected) {
            throw new IllegalArgumentException(what + " of a " + ny + "×" + nx + " grid must have length " + expected
                    + ", got " + length);
        }
    }
}
