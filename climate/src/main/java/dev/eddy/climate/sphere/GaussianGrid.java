package dev.eddy.climate.sphere;

/**
 * A Gaussian latitude–longitude grid: nlat Gauss–Legendre latitudes (north to south) by nlon equally spaced
 * longitudes λ_j = 2πj/nlon starting at 0°E. Fields are row-major {@code double[nlat·nlon]}, longitude fastest.
 * The quadratic alias-free grid for truncation T has nlon ≥ 3T + 1 and nlat = nlon/2 (T21: 32×64, T42: 64×128).
 */
public final class GaussianGrid {
    private final int nlat;
    private final int nlon;
    private final double[] mu;
    private final double[] weights;

    private GaussianGrid(int nlat, int nlon) {
        if (nlat < 2 || nlat % 2 != 0) {
            throw new IllegalArgumentException("nlat must be even and >= 2, got " + nlat);
        }
        if (nlon < 4 || nlon % 2 != 0) {
            throw new IllegalArgumentException("nlon must be even and >= 4, got " + nlon);
        }
        this.nlat = nlat;
        this.nlon = nlon;
        GaussLegendre rule = GaussLegendre.of(nlat);
        this.mu = rule.nodes();
        this.weights = rule.weights();
    }

    public static GaussianGrid of(int nlat, int nlon) {
        return new GaussianGrid(nlat, nlon);
    }

    /** The alias-free quadratic grid for triangular truncation T: nlon = smallest multiple of 4 with nlon ≥ 3T+1. */
    public static GaussianGrid forTruncation(int truncation) {
        int nlon = 3 * truncation + 1;
        nlon = (nlon + 3) / 4 * 4;
        return new GaussianGrid(nlon / 2, nlon);
    }

    public int nlat() {
        return nlat;
    }

    public int nlon() {
        return nlon;
    }

    public int size() {
        return nlat * nlon;
    }

    /** μ = sin φ at each latitude, north to south. */
    public double[] mu() {
        return mu.clone();
    }

    public double mu(int i) {
        return mu[i];
    }

    /** Gauss weight of latitude i (Σ = 2). */
    public double weight(int i) {
        return weights[i];
    }

    public double[] weights() {
        return weights.clone();
    }

    /** Latitudes in degrees, north to south. */
    public double[] latitudesDegrees() {
        double[] lat = new double[nlat];
        for (int i = 0; i < nlat; i++) {
            lat[i] = Math.toDegrees(Math.asin(mu[i]));
        }
        return lat;
    }

    /** Longitudes in degrees east, 0 ≤ λ &lt; 360. */
    public double[] longitudesDegrees() {
        double[] lon = new double[nlon];
        for (int j = 0; j < nlon; j++) {
            lon[j] = 360.0 * j / nlon;
        }
        return lon;
    }

    @Override
    public String toString() {
        return "Gaussian grid " + nlat + "x" + nlon;
    }
}
