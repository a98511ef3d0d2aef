package dev.eddy.solver.fv;

import dev.eddy.solver.fft.RealFft2D;
import dev.eddy.solver.fft.SpectralField;
import dev.eddy.solver.fft.WorkerTeam;
import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.init.FilteredVelocityField;
import dev.eddy.solver.operators.Convection;

public final class PartsTimingMain {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int threads = Integer.parseInt(args[1]);
        Grid g = Grid.square2Pi(n);
        StaggeredVelocity v = FilteredVelocityField.generate(g, 1, 4, 7);
        try (WorkerTeam team = WorkerTeam.of(threads)) {
            Convection c = new Convection(g, team);
            double[] du = new double[g.size()];
            double[] dv = new double[g.size()];
            RealFft2D fft = RealFft2D.of(n, n, team);
            SpectralField s = fft.newSpectrum();
            double[] out = new double[g.size()];
            for (int r = 0; r < 3; r++) {
                var mx = java.lang.management.ManagementFactory.getThreadMXBean();
                long t0 = mx.getCurrentThreadCpuTime();
                for (int k = 0; k < 10; k++) c.convect(v.u().data(), v.v().data(), 0.01, du, dv);
                long t1 = mx.getCurrentThreadCpuTime();
                for (int k = 0; k < 10; k++) { fft.forward(v.u().data(), s); fft.inverse(s, out); }
                long t2 = mx.getCurrentThreadCpuTime();
                System.out.printf("N=%d thr=%d convection %.2f ms, fft pair %.2f ms%n", n, threads, (t1 - t0) / 1e7, (t2 - t1) / 1e7);
            }
        }
    }
}
