package dev.eddy.solver.timestepping;

import java.util.Arrays;

/**
 * An explicit Runge–Kutta scheme as data: {@code s} stages with coefficients {@code a[i][j]} ({@code j < i}) and
 * weights {@code b[j]} (Butcher 2016, <i>Numerical Methods for ODEs</i>, §23; JAX-CFD
 * {@code time_stepping.ButcherTableau}). For {@code y' = F(y)}:
 * <pre>
 *   k_i = F(y_n + Δt Σ_{j&lt;i} a[i][j] k_j),   y_{n+1} = y_n + Δt Σ_j b[j] k_j
 * </pre>
 * Row {@code a[i]} has exactly {@code i} entries ({@code a[0]} is empty). Arrays are copied in and out.
 *
 * @param name a short name for messages and files
 * @param order the classical order of accuracy
 */
public record ButcherTableau(String name, int order, double[][] a, double[] b) {

    public ButcherTableau {
        if (b.length == 0 || a.length != b.length) {
            throw new IllegalArgumentException("tableau " + name + ": need one row of a per weight, got " + a.length + " rows, " + b.length + " weights");
        }
        double[][] copy = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            if (a[i].length != i) {
                throw new IllegalArgumentException("tableau " + name + ": row " + i + " of a must have " + i + " entries (explicit scheme), got " + a[i].length);
            }
            copy[i] = a[i].clone();
        }
        a = copy;
        b = b.clone();
        double sum = 0;
        for (double w : b) {
            sum += w;
        }
        if (Math.abs(sum - 1) > 1e-14) {
            throw new IllegalArgumentException("tableau " + name + ": weights must sum to 1 (consistency), got " + sum);
        }
    }

    /** Number of stages. */
    public int stages() {
        return b.length;
    }

    /** {@code a[i][j]}, {@code j < i}. */
    public double a(int i, int j) {
        return a[i][j];
    }

    /** {@code b[j]}. */
    public double b(int j) {
        return b[j];
    }

    /** Stage times {@code c_i = Σ_j a[i][j]}. */
    public double[] nodes() {
        double[] c = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            for (double x : a[i]) {
                c[i] += x;
            }
        }
        return c;
    }

    @Override
    public double[][] a() {
        double[][] copy = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            copy[i] = a[i].clone();
        }
        return copy;
    }

    @Override
    public double[] b() {
        return b.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ButcherTableau t && name.equals(t.name) && order == t.order
                && Arrays.deepEquals(a, t.a) && Arrays.equals(b, t.b);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(b);
    }

    @Override
    public String toString() {
        return "ButcherTableau[" + name + ", order " + order + ", a=" + Arrays.deepToString(a) + ", b=" + Arrays.toString(b) + "]";
    }
}
