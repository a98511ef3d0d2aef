package dev.eddy.solver.spectral;

import dev.eddy.solver.fft.RealFft2D;
import dev.eddy.solver.fft.SpectralField;
import dev.eddy.solver.fft.Wavenumbers;
import dev.eddy.solver.grid.Grid;

/**
 * A time-independent body force {@code f = (f_x, f_y)} on the spectral collocation nodes {@code x_i = i·lx/nx},
 * {@code y_j = j·ly/ny} (offset (0, 0)), entering the vorticity equation as its curl
 * {@code curl f = ∂x f_y − ∂y f_x}, evaluated spectrally: {@code (curl f)^ = i·(k_x·f̂_y − k_y·f̂_x)}
 * (JAX-CFD {@code spectral_curl_2d}). Linear drag is not a forcing here: the solver treats it implicitly.
 *
 * <p>Immutable (user arrays are copied).
 */
public final class VorticityForcing {

    private enum Kind { NONE, KOLMOGOROV, ARRAYS }

    private final Kind kind;
    private final double scale;
    private final double wavenumber;
    private final double[] fx;
    private final double[] fy;

    private VorticityForcing(Kind kind, double scale, double wavenumber, double[] fx, double[] fy) {
        this.kind = kind;
        this.scale = scale;
        this.wavenumber = wavenumber;
        this.fx = fx;
        this.fy = fy;
    }

    /** No forcing (decaying turbulence). */
    public static VorticityForcing none() {
        return new VorticityForcing(Kind.NONE, 0, 0, null, null);
    }

    /**
     * Kolmogorov forcing {@code f_x = scale·sin(k·y_j)}, {@code f_y = 0} (tsm.md §1: scale 1, k = 4), sampled on the
     * nodes {@code y_j = j·ly/ny} as JAX-CFD's {@code ForcedNavierStokes2D} does. {@code k} is an angular wavenumber;
     * it must fit the domain ({@code k·ly/2π} an integer).
     */
    public static VorticityForcing kolmogorov(double scale, double wavenumber) {
        if (!Double.isFinite(scale) || !Double.isFinite(wavenumber)) {
            throw new IllegalArgumentException("Kolmogorov forcing needs finite scale and wavenumber");
        }
        return new VorticityForcing(Kind.KOLMOGOROV, scale, wavenumber, null, null);
    }

    /** A user force: {@code fx}, {@code fy} row-major {@code ny × nx} on the nodes (copied; size checked against the grid when used). */
    public static VorticityForcing fromArrays(double[] fx, double[] fy) {
        if (fx.length != fy.length) {
            throw new IllegalArgumentException("forcing components differ in length: " + fx.length + " vs " + fy.length);
        }
        for (int i = 0; i < fx.length; i++) {
            if (!Double.isFinite(fx[i]) || !Double.isFinite(fy[i])) {
                throw new IllegalArgumentException("forcing has a non-finite value at flat index " + i);
            }
        }
        return new VorticityForcing(Kind.ARRAYS, 0, 0, fx.clone(), fy.clone());
    }

    public boolean isNone() {
        return kind == Kind.NONE;
    }

    /** The force's components on {@code grid}'s nodes: {@code {fx, fy}}. */
    public double[][] components(Grid grid) {
        int n = grid.size();
        return switch (kind) {
            case NONE -> new double[][] {new double[n], new double[n]};
            case ARRAYS -> {
                if (fx.length != n) {
                    throw new IllegalArgumentException("forcing arrays have " + fx.length + " values, grid "
                            + grid.ny() + "×" + grid.nx() + " needs " + n);
                }
                yield new double[][] {fx.clone(), fy.clone()};
            }
            case KOLMOGOROV -> {
                double periods = wavenumber * grid.ly() / (2 * Math.PI);
                if (Math.abs(periods - Math.rint(periods)) > 1e-9) {
                    throw new IllegalArgumentException("Kolmogorov wavenumber " + wavenumber
                            + " is not periodic on a domain of height " + grid.ly());
                }
                double[] x = new double[n];
                double[] y = grid.yCoordinates(0.0);
                for (int j = 0; j < grid.ny(); j++) {
                    double value = scale * Math.sin(wavenumber * y[j]);
                    for (int i = 0; i < grid.nx(); i++) {
                        x[j * grid.nx() + i] = value;
                    }
                }
                yield new double[][] {x, new double[n]};
            }
        };
    }

    /** {@code (curl f)^} on {@code grid}'s rfft layout, or {@code null} for no forcing. */
    public SpectralField curlSpectrum(Grid grid, RealFft2D fft) {
        if (isNone()) {
            return null;
        }
        double[][] f = components(grid);
        SpectralField fxHat = fft.newSpectrum();
        SpectralField fyHat = fft.newSpectrum();
        fft.forward(f[0], fxHat);
        fft.forward(f[1], fyHat);
        Wavenumbers k = Wavenumbers.of(grid);
        double[] kx = k.angularX();
        double[] ky = k.angularY();
        SpectralField curl = fft.newSpectrum();
        int columns = curl.columns();
        for (int r = 0; r < grid.ny(); r++) {
            for (int c = 0; c < columns; c++) {
                int i = r * columns + c;
                // i·(kx·fy − ky·fx): real part −(kx·Im fy − ky·Im fx), imaginary part kx·Re fy − ky·Re fx
                double sr = kx[c] * fyHat.re()[i] - ky[r] * fxHat.re()[i];
                double si = kx[c] * fyHat.im()[i] - ky[r] * fxHat.im()[i];
                curl.re()[i] = -si;
                curl.im()[i] = sr;
            }
        }
        return curl;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NONE -> "none";
            case KOLMOGOROV -> "kolmogorov(f_x = " + scale + "·sin(" + wavenumber + "·y))";
            case ARRAYS -> "arrays(" + fx.length + " nodes)";
        };
    }
}
