package dev.eddy.climate.qg;

import dev.eddy.climate.sphere.ColumnGrid;
import dev.eddy.climate.sphere.GaussianGrid;
import dev.eddy.climate.sphere.SpectralIndex;
import dev.eddy.climate.sphere.SpectralOperators;
import dev.eddy.climate.sphere.SphericalTransform;

/**
 * The Marshall &amp; Molteni (1993) three-level quasi-geostrophic model on the sphere, spectral with a
 * pseudo-spectral Jacobian (levels 1, 2, 3 = 200, 500, 800 hPa).
 *
 * <p>State: the PV anomaly q′_i = q_i − f (− f·h/H0 at level 3) as spectral coefficients, flattened level by level
 * into one {@code double[3·2·size]}. Per coefficient (l, m), q′ = A_l ψ with
 * A_l = [[−λ−R1⁻², R1⁻², 0], [R1⁻², −λ−R1⁻²−R2⁻², R2⁻²], [0, R2⁻², −λ−R2⁻²]], λ = l(l+1)/a²
 * (MM93 eq. 2; QG3.jl {@code compute_ψq_transform_matrices}); A_0 is singular and ψ_00 is set to zero (LMD {@code initcq2psi}).
 *
 * <p>Tendency (MM93 eq. 1): ∂q_i/∂t = −J(ψ_i, q_i) − D_i + S_i, J(A,B) = (A_λ B_μ − A_μ B_λ)/a², where
 * <ul>
 *   <li>thermal relaxation: −D_1 ∋ TR12, −D_2 ∋ −TR12 + TR23, −D_3 ∋ −TR23, TR12 = (ψ1 − ψ2)/(τR R1²),
 *       TR23 = (ψ2 − ψ3)/(τR R2²), (0,0) excluded;</li>
 *   <li>Ekman drag at level 3: −D_3 ∋ −∇·(k∇ψ3) = −k∇²ψ3 − ∇k·∇ψ3,
 *       k = τE⁻¹[1 + α1·LS + α2·(1 − e^{−h/1000 m})], k spectrally truncated (QG3.jl {@code compute_k});</li>
 *   <li>hyperdiffusion: −D_i ∋ −(l(l+1)/(T(T+1)))⁴ q′_i / τH;</li>
 *   <li>S_i: a time-independent PV forcing [s⁻²].</li>
 * </ul>
 * <p>Hemispheric flag (default on, as QG3.jl's MM93 base model, {@code symmetrize_equator!}): the state keeps only the
 * equatorially antisymmetric modes (l + m odd) of q′, so ψ(−μ) = −ψ(μ). As in QG3.jl, only the antisymmetric part of
 * each tendency term acts on such a state, so the model uses the equatorially symmetric part of the orography and
 * land–sea mask ((f(μ) + f(−μ))/2, i.e. the northern and mirrored southern surface averaged) and the antisymmetric part
 * of S. Grid products are then evaluated on the northern rows only (exactly, since every field has a known parity),
 * which halves the cost of a step.
 * <p>Not thread-safe: one instance owns its scratch arrays so that {@link #tendency} allocates nothing.
 */
public final class Mm93Model {
    /** Number of levels. */
    public static final int LEVELS = 3;
    private static final int PSI_LAMBDA = 0;
    private static final int PSI_MU = 1;
    private static final int Q_LAMBDA = 2;
    private static final int Q_MU = 3;
    private static final int LAPLACIAN_PSI = 4;
    private static final int FIELDS = 5;
    /** Pressure of each level [hPa]. */
    public static final double[] LEVELS_HPA = {200, 500, 800};

    private final SphericalTransform transform;
    private final SpectralOperators ops;
    private final SpectralIndex index;
    private final GaussianGrid grid;
    private final Mm93Parameters parameters;
    private final SurfaceFields surface;
    private final int len;
    private final int[] degree;
    private final int[] order;
    private final double[] matrices;
    private final double[] inverses;
    private final double[][] planetary;
    private final double[] forcing;
    private final double[] hyperRate;
    private final double thermalRate;
    /** Ekman coefficient k, ∂k/∂λ and (1 − μ²)∂k/∂μ in column layout [longitude][column of the synthesis block]. */
    private final double[][] ekman;
    private final double[][] ekmanDLambda;
    private final double[][] ekmanHMu;
    /** 1/(a²(1 − μ²)) per column of a field block. */
    private final double[] metric;
    private final boolean[] symmetricMode;

    private final double[][] psi = new double[LEVELS][];
    private final double[] qTotal;
    private final double[] laplacianPsi;
    private final double[] levelTendency;
    /** Per level: ∂ψ/∂λ, H ψ, ∂q/∂λ, H q and (level 3) ∇²ψ, northern rows only in hemispheric mode. */
    private final ColumnGrid gradients;
    /** The advective tendency of the three levels on the grid, then its Fourier coefficients. */
    private final ColumnGrid products;
    private final double[] hemisphericState;

    private Mm93Model(SphericalTransform transform, Mm93Parameters parameters, SurfaceFields surface, double[] forcing) {
        this.transform = transform;
        this.index = transform.index();
        this.grid = transform.grid();
        if (surface.grid().nlat() != grid.nlat() || surface.grid().nlon() != grid.nlon()) {
            throw new IllegalArgumentException("surface fields on " + surface.grid() + " but model on " + grid);
        }
        this.parameters = parameters;
        this.surface = parameters.hemispheric() ? surface.equatorialAverage() : surface;
        this.ops = SpectralOperators.of(index, parameters.radius());
        this.len = index.arrayLength();
        if (forcing.length != LEVELS * len) {
            throw new IllegalArgumentException("forcing must have " + LEVELS * len + " spectral values, got " + forcing.length);
        }
        this.forcing = parameters.hemispheric() ? antisymmetricForcing(transform.index(), forcing) : forcing.clone();
        this.degree = index.degrees();
        this.order = index.orders();
        int t = index.truncation();
        this.matrices = new double[9 * (t + 1)];
        this.inverses = new double[9 * (t + 1)];
        buildInversion(t);
        this.planetary = buildPlanetaryVorticity();
        this.hyperRate = new double[index.size()];
        double hyper = 1 / (parameters.hyperdiffusionDays() * Mm93Parameters.DAY);
        double lt = t * (t + 1.0);
        for (int k = 0; k < index.size(); k++) {
            double ratio = degree[k] * (degree[k] + 1.0) / lt;
            hyperRate[k] = hyper * ratio * ratio * ratio * ratio;
        }
        this.thermalRate = 1 / (parameters.thermalDays() * Mm93Parameters.DAY);
        this.qTotal = new double[len];
        this.laplacianPsi = new double[len];
        this.levelTendency = new double[len];
        this.hemisphericState = new double[LEVELS * len];
        for (int i = 0; i < LEVELS; i++) {
            psi[i] = new double[len];
        }
        this.gradients = transform.newColumnGrid(FIELDS, parameters.hemispheric());
        this.products = transform.newColumnGrid(LEVELS, parameters.hemispheric());
        int columns = gradients.rowsPerField();
        this.metric = new double[columns];
        double a2 = parameters.radius() * parameters.radius();
        for (int c = 0; c < columns; c++) {
            double mu = grid.mu(gradients.latitudeRow(c));
            metric[c] = 1 / (a2 * (1 - mu * mu));
        }
        this.symmetricMode = new boolean[index.size()];
        for (int k = 0; k < index.size(); k++) {
            symmetricMode[k] = ((degree[k] + order[k]) & 1) == 0;
        }
        if (parameters.hemispheric()) {
            // f(1 + h/H0) with the equatorially symmetric h is antisymmetric; remove round-off in the other modes.
            for (double[] level : planetary) {
                for (int k = 0; k < index.size(); k++) {
                    if (symmetricMode[k]) {
                        level[2 * k] = 0;
                        level[2 * k + 1] = 0;
                    }
                }
            }
        }
        if (Double.isInfinite(parameters.ekmanDays())) {
            this.ekman = null;
            this.ekmanDLambda = null;
            this.ekmanHMu = null;
        } else {
            double[][] k = buildEkmanCoefficient();
            this.ekman = toColumns(k[0]);
            this.ekmanDLambda = toColumns(k[1]);
            this.ekmanHMu = toColumns(k[2]);
        }
    }

    /**
     * A model on the given transform.
     *
     * @param forcing spectral PV forcing S [s⁻²], flattened by level (length 3·2·size); use {@link #zeroForcing} for none
     */
    public static Mm93Model create(SphericalTransform transform, Mm93Parameters parameters, SurfaceFields surface, double[] forcing) {
        return new Mm93Model(transform, parameters, surface, forcing);
    }

    /** A zero forcing array for the given transform. */
    public static double[] zeroForcing(SphericalTransform transform) {
        return new double[LEVELS * transform.index().arrayLength()];
    }

    /** The same model with another forcing (the transform is shared, so the two must not run concurrently). */
    public Mm93Model withForcing(double[] newForcing) {
        return new Mm93Model(transform, parameters, surface, newForcing);
    }

    public SphericalTransform transform() {
        return transform;
    }

    public Mm93Parameters parameters() {
        return parameters;
    }

    /** The surface fields the model uses (equatorially averaged in hemispheric mode). */
    public SurfaceFields surface() {
        return surface;
    }

    /** The antisymmetric part (l + m odd modes) of each level's forcing. */
    private static double[] antisymmetricForcing(SpectralIndex index, double[] forcing) {
        double[] out = forcing.clone();
        int len = index.arrayLength();
        for (int level = 0; level < forcing.length / len; level++) {
            for (int k = 0; k < index.size(); k++) {
                if (((index.degreeOf(k) + index.orderOf(k)) & 1) == 0) {
                    out[level * len + 2 * k] = 0;
                    out[level * len + 2 * k + 1] = 0;
                }
            }
        }
        return out;
    }

    /** The spectral forcing the model applies (copy; in hemispheric mode its antisymmetric part). */
    public double[] forcing() {
        return forcing.clone();
    }

    /** Length of the flattened state. */
    public int stateLength() {
        return LEVELS * len;
    }

    /** Length of one level's spectral array. */
    public int levelLength() {
        return len;
    }

    private void buildInversion(int t) {
        double r1 = 1 / (parameters.rossbyRadius12() * parameters.rossbyRadius12());
        double r2 = 1 / (parameters.rossbyRadius23() * parameters.rossbyRadius23());
        for (int l = 0; l <= t; l++) {
            double lam = -ops.laplacianEigenvalue(l);
            double[] a = {
                -lam - r1, r1, 0,
                r1, -lam - r1 - r2, r2,
                0, r2, -lam - r2};
            System.arraycopy(a, 0, matrices, 9 * l, 9);
            if (l > 0) {
                System.arraycopy(invert3(a), 0, inverses, 9 * l, 9);
            }
        }
    }

    private static double[] invert3(double[] a) {
        double c00 = a[4] * a[8] - a[5] * a[7];
        double c01 = a[5] * a[6] - a[3] * a[8];
        double c02 = a[3] * a[7] - a[4] * a[6];
        double det = a[0] * c00 + a[1] * c01 + a[2] * c02;
        return new double[] {
            c00 / det, (a[2] * a[7] - a[1] * a[8]) / det, (a[1] * a[5] - a[2] * a[4]) / det,
            c01 / det, (a[0] * a[8] - a[2] * a[6]) / det, (a[2] * a[3] - a[0] * a[5]) / det,
            c02 / det, (a[1] * a[6] - a[0] * a[7]) / det, (a[0] * a[4] - a[1] * a[3]) / det};
    }

    private double[][] buildPlanetaryVorticity() {
        double[] f = transform.newGrid();
        double[] fh = transform.newGrid();
        double[] h = surface.orography();
        for (int i = 0; i < grid.nlat(); i++) {
            double fi = 2 * parameters.omega() * grid.mu(i);
            for (int j = 0; j < grid.nlon(); j++) {
                int p = i * grid.nlon() + j;
                f[p] = parameters.betaSign() * fi;
                fh[p] = parameters.betaSign() * fi + fi * h[p] / parameters.scaleHeight();
            }
        }
        double[][] out = new double[LEVELS][len];
        transform.analyze(f, out[0]);
        System.arraycopy(out[0], 0, out[1], 0, len);
        transform.analyze(fh, out[2]);
        return out;
    }

    private double[][] buildEkmanCoefficient() {
        double[] h = surface.orography();
        double[] ls = surface.landFraction();
        double base = 1 / (parameters.ekmanDays() * Mm93Parameters.DAY);
        double[] k = transform.newGrid();
        for (int p = 0; p < k.length; p++) {
            double fh = 1 - Math.exp(-h[p] / parameters.orographyScale());
            k[p] = base * (1 + parameters.landWeight() * ls[p] + parameters.orographyWeight() * fh);
        }
        double[] spec = transform.newSpectral();
        transform.analyze(k, spec);
        double[] kGrid = transform.newGrid();
        double[] kLambda = transform.newGrid();
        double[] kHMu = transform.newGrid();
        transform.synthesize(spec, kGrid);
        transform.synthesizeGradient(spec, kLambda, kHMu);
        return new double[][] {kGrid, kLambda, kHMu};
    }

    /** A row-major grid field in the column layout of {@link #gradients}: [longitude][column of a field block]. */
    private double[][] toColumns(double[] field) {
        int columns = gradients.rowsPerField();
        double[][] out = new double[grid.nlon()][columns];
        for (int c = 0; c < columns; c++) {
            int row = gradients.latitudeRow(c);
            for (int j = 0; j < grid.nlon(); j++) {
                out[j][c] = field[row * grid.nlon() + j];
            }
        }
        return out;
    }

    /** Spectral planetary (and orographic, level 3) vorticity ±f (+ f·h/H0 at level 3) of one level (copy); the sign of f is {@link Mm93Parameters#betaSign()}. */
    public double[] planetaryVorticity(int level) {
        return planetary[level].clone();
    }

    /** ψ (flattened, 3 levels) from the PV anomaly q′; ψ_00 = 0. */
    public void streamfunction(double[] state, double[] psiOut) {
        checkState(state);
        checkState(psiOut);
        for (int k = 0; k < index.size(); k++) {
            int l = degree[k];
            int b = 9 * l;
            for (int part = 0; part < 2; part++) {
                int c = 2 * k + part;
                double q1 = state[c];
                double q2 = state[len + c];
                double q3 = state[2 * len + c];
                psiOut[c] = inverses[b] * q1 + inverses[b + 1] * q2 + inverses[b + 2] * q3;
                psiOut[len + c] = inverses[b + 3] * q1 + inverses[b + 4] * q2 + inverses[b + 5] * q3;
                psiOut[2 * len + c] = inverses[b + 6] * q1 + inverses[b + 7] * q2 + inverses[b + 8] * q3;
            }
        }
    }

    /** The PV anomaly q′ = A ψ (flattened, 3 levels) from the spectral streamfunction. */
    public void potentialVorticityAnomaly(double[] psiIn, double[] stateOut) {
        checkState(psiIn);
        checkState(stateOut);
        for (int k = 0; k < index.size(); k++) {
            int b = 9 * degree[k];
            for (int part = 0; part < 2; part++) {
                int c = 2 * k + part;
                double p1 = psiIn[c];
                double p2 = psiIn[len + c];
                double p3 = psiIn[2 * len + c];
                stateOut[c] = matrices[b] * p1 + matrices[b + 1] * p2 + matrices[b + 2] * p3;
                stateOut[len + c] = matrices[b + 3] * p1 + matrices[b + 4] * p2 + matrices[b + 5] * p3;
                stateOut[2 * len + c] = matrices[b + 6] * p1 + matrices[b + 7] * p2 + matrices[b + 8] * p3;
            }
        }
    }

    /** Zeroes the equatorially symmetric modes (l + m even) of every level, in place. */
    public void projectHemispheric(double[] state) {
        for (int level = 0; level < LEVELS; level++) {
            int base = level * len;
            for (int k = 0; k < symmetricMode.length; k++) {
                if (symmetricMode[k]) {
                    state[base + 2 * k] = 0;
                    state[base + 2 * k + 1] = 0;
                }
            }
        }
    }

    /** dq′/dt for the given state; {@code out} is overwritten. Allocates nothing. */
    public void tendency(double[] state, double[] out) {
        tendency(state, out, true);
    }

    /**
     * dq′/dt with or without the forcing S (without it, the Roads forcing is minus the mean of this tendency).
     */
    public void tendency(double[] state, double[] out, boolean withForcing) {
        checkState(state);
        checkState(out);
        double[] q = state;
        if (parameters.hemispheric()) {
            System.arraycopy(state, 0, hemisphericState, 0, state.length);
            projectHemispheric(hemisphericState);
            q = hemisphericState;
        }
        double[] psiFlat = out;
        streamfunction(q, psiFlat);
        for (int level = 0; level < LEVELS; level++) {
            System.arraycopy(psiFlat, level * len, psi[level], 0, len);
        }
        for (int level = 0; level < LEVELS; level++) {
            advection(q, level);
        }
        transform.gridToFourier(products);
        for (int level = 0; level < LEVELS; level++) {
            transform.analyzeFourier(products, level, levelTendency);
            System.arraycopy(levelTendency, 0, out, level * len, len);
        }
        addLinearTerms(q, out, withForcing);
        if (parameters.hemispheric()) {
            projectHemispheric(out);
        }
    }

    /**
     * Field {@code level} of {@link #products} = −J(ψ, q) (− ∇·(k∇ψ3) at level 3) on the grid (northern rows in
     * hemispheric mode, where every factor has a known parity).
     */
    private void advection(double[] q, int level) {
        double[] planet = planetary[level];
        int base = level * len;
        for (int c = 0; c < len; c++) {
            qTotal[c] = q[base + c] + planet[c];
        }
        boolean ekmanLevel = level == LEVELS - 1 && ekman != null;
        transform.synthesizeGradientFourier(psi[level], gradients, PSI_LAMBDA, PSI_MU);
        transform.synthesizeGradientFourier(qTotal, gradients, Q_LAMBDA, Q_MU);
        if (ekmanLevel) {
            ops.laplacian(psi[level], laplacianPsi);
            transform.synthesizeFourier(laplacianPsi, gradients, LAPLACIAN_PSI);
        }
        transform.fourierToGrid(gradients, ekmanLevel ? FIELDS : LAPLACIAN_PSI);
        int columns = gradients.rowsPerField();
        int psiMu = PSI_MU * columns;
        int qLambda = Q_LAMBDA * columns;
        int qMu = Q_MU * columns;
        int lap = LAPLACIAN_PSI * columns;
        int out = level * columns;
        for (int j = 0; j < grid.nlon(); j++) {
            double[] g = gradients.longitude(j);
            double[] result = products.longitude(j);
            for (int c = 0; c < columns; c++) {
                result[out + c] = -metric[c] * (g[c] * g[qMu + c] - g[psiMu + c] * g[qLambda + c]);
            }
            if (ekmanLevel) {
                double[] k = ekman[j];
                double[] kLambda = ekmanDLambda[j];
                double[] kMu = ekmanHMu[j];
                for (int c = 0; c < columns; c++) {
                    result[out + c] -= k[c] * g[lap + c] + metric[c] * (kLambda[c] * g[c] + kMu[c] * g[psiMu + c]);
                }
            }
        }
    }

    private void addLinearTerms(double[] q, double[] out, boolean withForcing) {
        double r1 = 1 / (parameters.rossbyRadius12() * parameters.rossbyRadius12());
        double r2 = 1 / (parameters.rossbyRadius23() * parameters.rossbyRadius23());
        double[] p1 = psi[0];
        double[] p2 = psi[1];
        double[] p3 = psi[2];
        for (int k = 0; k < index.size(); k++) {
            double hyper = hyperRate[k];
            boolean mean = k == 0;
            for (int part = 0; part < 2; part++) {
                int c = 2 * k + part;
                double tr12 = mean ? 0 : thermalRate * r1 * (p1[c] - p2[c]);
                double tr23 = mean ? 0 : thermalRate * r2 * (p2[c] - p3[c]);
                out[c] += tr12 - hyper * q[c];
                out[len + c] += -tr12 + tr23 - hyper * q[len + c];
                out[2 * len + c] += -tr23 - hyper * q[2 * len + c];
                if (withForcing) {
                    out[c] += forcing[c];
                    out[len + c] += forcing[len + c];
                    out[2 * len + c] += forcing[2 * len + c];
                }
            }
        }
    }

    /**
     * Total energy per unit mass times area, E = ½Σ_i∫|∇ψ_i|² dA + ½∫[R1⁻²(ψ1−ψ2)² + R2⁻²(ψ2−ψ3)²] dA = −½Σ_i∫ψ_i q′_i dA
     * (without the orographic part of q′) [m⁴ s⁻²].
     */
    public double energy(double[] state) {
        double[] psiFlat = new double[LEVELS * len];
        streamfunction(state, psiFlat);
        double[] a = new double[len];
        double[] b = new double[len];
        double[] c = new double[len];
        double r1 = 1 / (parameters.rossbyRadius12() * parameters.rossbyRadius12());
        double r2 = 1 / (parameters.rossbyRadius23() * parameters.rossbyRadius23());
        double e = 0;
        for (int level = 0; level < LEVELS; level++) {
            System.arraycopy(psiFlat, level * len, a, 0, len);
            ops.laplacian(a, b);
            e -= 0.5 * ops.innerProduct(a, b);
        }
        for (int k = 0; k < len; k++) {
            a[k] = psiFlat[k] - psiFlat[len + k];
            c[k] = psiFlat[len + k] - psiFlat[2 * len + k];
        }
        e += 0.5 * r1 * ops.innerProduct(a, a) + 0.5 * r2 * ops.innerProduct(c, c);
        return e;
    }

    private void checkState(double[] state) {
        if (state.length != LEVELS * len) {
            throw new IllegalArgumentException("state must have " + LEVELS * len + " values, got " + state.length);
        }
    }
}
