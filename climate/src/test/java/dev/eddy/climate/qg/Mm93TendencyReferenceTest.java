package dev.eddy.climate.qg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.climate.sphere.AssociatedLegendre;
import dev.eddy.climate.sphere.GaussianGrid;
import dev.eddy.climate.sphere.SpectralIndex;
import dev.eddy.climate.sphere.SphericalTransform;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The model's tendency (batched FFT, column grids, parity-reduced Legendre sums, northern rows only in hemispheric
 * mode) against a textbook evaluation of the same equations: direct Legendre sums and a direct DFT on every row of the
 * full grid, one field at a time, written from the formulas in the {@link Mm93Model} Javadoc.
 */
class Mm93TendencyReferenceTest {

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void tendencyEqualsTheDirectEvaluationToRoundOff(boolean hemispheric) throws IOException {
        SphericalTransform transform = SphericalTransform.forTruncation(21);
        ModelInputs inputs = ModelInputs.shipped(ShippedT21Data.open(ShippedDataTest.sharedT21()), transform);
        Mm93Model model = Mm93Model.create(transform, Mm93Parameters.mm93().withHemispheric(hemispheric),
                inputs.surface(), inputs.forcing());
        double[] q = new double[model.stateLength()];
        model.potentialVorticityAnomaly(inputs.initialPsi(), q);
        // Add small-scale noise so that every coefficient, including l = T, takes part.
        Random random = new Random(5);
        for (int c = 0; c < q.length; c++) {
            q[c] += 1e-6 * Math.abs(q[c]) * random.nextGaussian() + 1e-12 * random.nextGaussian();
        }
        double[] tendency = new double[q.length];
        model.tendency(q, tendency);
        double[] expected = new Reference(model).tendency(q);
        double scale = 0;
        double error = 0;
        for (int c = 0; c < q.length; c++) {
            scale = Math.max(scale, Math.abs(expected[c]));
            error = Math.max(error, Math.abs(expected[c] - tendency[c]));
        }
        assertTrue(scale > 0);
        assertTrue(error < 1e-12 * scale, "max difference " + error + " of max " + scale);
    }

    /** Direct evaluation on the full grid. */
    private static final class Reference {
        private final Mm93Model model;
        private final Mm93Parameters parameters;
        private final SpectralIndex index;
        private final GaussianGrid grid;
        private final int len;
        private final double[][] p;
        private final double[][] h;

        Reference(Mm93Model model) {
            this.model = model;
            this.parameters = model.parameters();
            this.index = model.transform().index();
            this.grid = model.transform().grid();
            this.len = index.arrayLength();
            this.p = new double[grid.nlat()][];
            this.h = new double[grid.nlat()][];
            for (int r = 0; r < grid.nlat(); r++) {
                double[][] ph = AssociatedLegendre.valuesAndDerivatives(grid.mu(r), index.truncation());
                p[r] = ph[0];
                h[r] = ph[1];
            }
        }

        double[] tendency(double[] state) {
            double[] q = state.clone();
            if (parameters.hemispheric()) {
                model.projectHemispheric(q);
            }
            double[] psi = new double[q.length];
            model.streamfunction(q, psi);
            double a2 = parameters.radius() * parameters.radius();
            double[][] ekman = ekmanCoefficient();
            double[] out = new double[q.length];
            for (int level = 0; level < Mm93Model.LEVELS; level++) {
                double[] psiLevel = java.util.Arrays.copyOfRange(psi, level * len, (level + 1) * len);
                double[] qTotal = model.planetaryVorticity(level);
                for (int c = 0; c < len; c++) {
                    qTotal[c] += q[level * len + c];
                }
                double[] psiLambda = synthesize(psiLevel, p, true);
                double[] psiMu = synthesize(psiLevel, h, false);
                double[] qLambda = synthesize(qTotal, p, true);
                double[] qMu = synthesize(qTotal, h, false);
                double[] g = new double[grid.size()];
                for (int r = 0; r < grid.nlat(); r++) {
                    double metric = 1 / (a2 * (1 - grid.mu(r) * grid.mu(r)));
                    for (int j = 0; j < grid.nlon(); j++) {
                        int x = r * grid.nlon() + j;
                        // −J(ψ, q) with J(A, B) = (A_λ B_μ − A_μ B_λ)/a², B_μ = H B/(1 − μ²)
                        g[x] = -metric * (psiLambda[x] * qMu[x] - psiMu[x] * qLambda[x]);
                    }
                }
                if (level == Mm93Model.LEVELS - 1) {
                    // −∇·(k∇ψ3) = −k∇²ψ3 − ∇k·∇ψ3 with ∇k·∇ψ = (k_λ ψ_λ + Hk·Hψ)/(a²(1 − μ²)), H = (1 − μ²)∂/∂μ
                    double[] lap = new double[len];
                    int[] degree = index.degrees();
                    for (int k = 0; k < index.size(); k++) {
                        double eigen = -degree[k] * (degree[k] + 1.0) / a2;
                        lap[2 * k] = eigen * psiLevel[2 * k];
                        lap[2 * k + 1] = eigen * psiLevel[2 * k + 1];
                    }
                    double[] lapGrid = synthesize(lap, p, false);
                    for (int r = 0; r < grid.nlat(); r++) {
                        double metric = 1 / (a2 * (1 - grid.mu(r) * grid.mu(r)));
                        for (int j = 0; j < grid.nlon(); j++) {
                            int x = r * grid.nlon() + j;
                            g[x] -= ekman[0][x] * lapGrid[x]
                                    + metric * (ekman[1][x] * psiLambda[x] + ekman[2][x] * psiMu[x]);
                        }
                    }
                }
                System.arraycopy(analyze(g), 0, out, level * len, len);
            }
            addLinearTerms(q, psi, out);
            if (parameters.hemispheric()) {
                model.projectHemispheric(out);
            }
            return out;
        }

        /** k = τE⁻¹[1 + α1·LS + α2·(1 − e^{−h/h0})], spectrally truncated, and its two gradient components. */
        private double[][] ekmanCoefficient() {
            SurfaceFields surface = model.surface();
            double base = 1 / (parameters.ekmanDays() * Mm93Parameters.DAY);
            double[] k = new double[grid.size()];
            for (int x = 0; x < k.length; x++) {
                double fh = 1 - Math.exp(-surface.orography()[x] / parameters.orographyScale());
                k[x] = base * (1 + parameters.landWeight() * surface.landFraction()[x] + parameters.orographyWeight() * fh);
            }
            double[] spec = analyze(k);
            return new double[][] {synthesize(spec, p, false), synthesize(spec, p, true), synthesize(spec, h, false)};
        }

        private void addLinearTerms(double[] q, double[] psi, double[] out) {
            double r1 = 1 / (parameters.rossbyRadius12() * parameters.rossbyRadius12());
            double r2 = 1 / (parameters.rossbyRadius23() * parameters.rossbyRadius23());
            double thermal = 1 / (parameters.thermalDays() * Mm93Parameters.DAY);
            double hyper = 1 / (parameters.hyperdiffusionDays() * Mm93Parameters.DAY);
            double lt = index.truncation() * (index.truncation() + 1.0);
            double[] forcing = model.forcing();
            int[] degree = index.degrees();
            for (int k = 0; k < index.size(); k++) {
                double ratio = degree[k] * (degree[k] + 1.0) / lt;
                double rate = hyper * Math.pow(ratio, 4);
                for (int part = 0; part < 2; part++) {
                    int c = 2 * k + part;
                    double tr12 = k == 0 ? 0 : thermal * r1 * (psi[c] - psi[len + c]);
                    double tr23 = k == 0 ? 0 : thermal * r2 * (psi[len + c] - psi[2 * len + c]);
                    out[c] += tr12 - rate * q[c] + forcing[c];
                    out[len + c] += -tr12 + tr23 - rate * q[len + c] + forcing[len + c];
                    out[2 * len + c] += -tr23 - rate * q[2 * len + c] + forcing[2 * len + c];
                }
            }
        }

        /** f(μ_r, λ_j) = Σ_m κ_m Re(F_m e^{imλ_j}), F_m = Σ_l a_lm T_l^m(μ_r), times i·m if {@code dLambda}. */
        private double[] synthesize(double[] spec, double[][] table, boolean dLambda) {
            int t = index.truncation();
            double[] field = new double[grid.size()];
            for (int r = 0; r < grid.nlat(); r++) {
                for (int m = 0; m <= t; m++) {
                    double re = 0;
                    double im = 0;
                    for (int l = m; l <= t; l++) {
                        int k = index.index(l, m);
                        re += spec[2 * k] * table[r][k];
                        im += spec[2 * k + 1] * table[r][k];
                    }
                    if (dLambda) {
                        double tmp = re;
                        re = -m * im;
                        im = m * tmp;
                    }
                    double kappa = m == 0 ? 1 : 2;
                    for (int j = 0; j < grid.nlon(); j++) {
                        double lambda = 2 * Math.PI * j / grid.nlon();
                        field[r * grid.nlon() + j] += kappa * (re * Math.cos(m * lambda) - (m == 0 ? 0 : im * Math.sin(m * lambda)));
                    }
                }
            }
            return field;
        }

        /** a_lm = Σ_r w_r P̄_l^m(μ_r) (1/N) Σ_j f_rj e^{−imλ_j}. */
        private double[] analyze(double[] field) {
            int t = index.truncation();
            double[] spec = new double[len];
            for (int r = 0; r < grid.nlat(); r++) {
                for (int m = 0; m <= t; m++) {
                    double re = 0;
                    double im = 0;
                    for (int j = 0; j < grid.nlon(); j++) {
                        double lambda = 2 * Math.PI * j / grid.nlon();
                        re += field[r * grid.nlon() + j] * Math.cos(m * lambda);
                        im -= field[r * grid.nlon() + j] * Math.sin(m * lambda);
                    }
                    double w = grid.weight(r) / grid.nlon();
                    for (int l = m; l <= t; l++) {
                        int k = index.index(l, m);
                        spec[2 * k] += w * p[r][k] * re;
                        spec[2 * k + 1] += m == 0 ? 0 : w * p[r][k] * im;
                    }
                }
            }
            return spec;
        }
    }
}
