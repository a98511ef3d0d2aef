package dev.eddy.solver.fv;

import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.forcing.KolmogorovForcing;
import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.init.FilteredVelocityField;

public final class StepTimingMain {
    public static void main(String[] args) {
        for (String a : args) {
            String[] p = a.split(":");
            int n = Integer.parseInt(p[0]);
            int threads = Integer.parseInt(p[1]);
            Grid g = Grid.square2Pi(n);
            FvEquation eq = FvEquation.of(g, 1e-3, KolmogorovForcing.withDrag(g, 1, 4, 0.1));
            StaggeredVelocity v = FilteredVelocityField.generate(g, 1, 4, 7);
            try (VelocityStep s = FiniteVolumeNavierStokes.implicitDiffusion(eq, TimeStepSize.advective(g, 7, 0.5), StepOptions.sequential().withThreads(threads))) {
                int reps = n >= 1024 ? 10 : 100;
                s.advance(v, reps);
                long best = Long.MAX_VALUE;
                for (int r = 0; r < 5; r++) {
                    long t0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                    s.advance(v, reps);
                    best = Math.min(best, (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - t0) / reps);
                }
                System.out.printf("N=%d threads=%d: %.3f ms/step%n", n, threads, best / 1e6);
            }
        }
    }
}
