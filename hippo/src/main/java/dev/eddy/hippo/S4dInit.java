package dev.eddy.hippo;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * S4D initializations of the diagonal A (n = 0..N/2-1, N the real state size; hippo.md §5, S4D paper §4):
 *
 * <pre>
 * lin    A_n = -1/2 + iπn
 * inv    A_n = -1/2 + i (N/π)(N/(2n+1) - 1)
 * real   A_n = -(n+1)
 * legs   the N/2 eigenvalues with Im &gt; 0 of the LegS normal part S = -I/2 + K (Hermitian eigenproblem of -iK),
 *        with B̃ = ½ V^* B_LegS (the S4D theory's ½; no clipping)
 * </pre>
 * B = 1 for lin, inv and real. The paper form (Im A ≥ 0) is used; s4 stores the conjugate, which gives the same
 * real kernel for real B and C.
 */
public enum S4dInit {
    LIN("lin"),
    INV("inv"),
    REAL("real"),
    LEGS("legs");

    private final String cliName;

    S4dInit(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static S4dInit fromName(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (S4dInit i : values()) {
            if (i.cliName.equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown S4D init '" + name + "' (expected one of "
                + Arrays.stream(values()).map(S4dInit::cliName).collect(Collectors.joining(", ")) + ")");
    }

    /**
     * The diagonal SSM of real state size N (N even, ≥ 2).
     *
     * @throws IllegalArgumentException for odd or non-positive N
     */
    public DiagonalSsm create(int stateSize) {
        if (stateSize <= 0 || stateSize % 2 != 0) {
            throw new IllegalArgumentException("S4D state size N must be positive and even, got " + stateSize);
        }
        int m = stateSize / 2;
        double[] aRe = new double[m];
        double[] aIm = new double[m];
        double[] bRe = new double[m];
        double[] bIm = new double[m];
        if (this == LEGS) {
            return legs(stateSize);
        }
        for (int n = 0; n < m; n++) {
            bRe[n] = 1.0;
            switch (this) {
                case LIN -> {
                    aRe[n] = -0.5;
                    aIm[n] = Math.PI * n;
                }
                case INV -> {
                    aRe[n] = -0.5;
                    aIm[n] = stateSize / Math.PI * (stateSize / (2.0 * n + 1.0) - 1.0);
                }
                case REAL -> aRe[n] = -(n + 1.0);
                default -> throw new IllegalStateException("unreachable");
            }
        }
        return new DiagonalSsm(aRe, aIm, bRe, bIm);
    }

    private static DiagonalSsm legs(int stateSize) {
        HippoOperator legs = HippoOperator.of(Measure.LEGS, stateSize);
        NormalEigensystem eig = NormalEigensystem.of(legs.nplr());
        double[] bLegs = legs.b();
        int m = stateSize / 2;
        double[] aRe = new double[m];
        double[] aIm = new double[m];
        double[] bRe = new double[m];
        double[] bIm = new double[m];
        ComplexMatrix v = eig.vectors();
        for (int n = 0; n < m; n++) {
            int col = stateSize - m + n;
            aRe[n] = eig.shift();
            aIm[n] = eig.imag()[col];
            double sr = 0.0;
            double si = 0.0;
            for (int i = 0; i < stateSize; i++) {
                sr += v.re()[i][col] * bLegs[i];
                si -= v.im()[i][col] * bLegs[i];
            }
            bRe[n] = 0.5 * sr;
            bIm[n] = 0.5 * si;
        }
        return new DiagonalSsm(aRe, aIm, bRe, bIm);
    }
}
