/** Explicit Runge–Kutta schemes as data: {@link dev.eddy.solver.timestepping.ButcherTableau} records registered in {@link dev.eddy.solver.timestepping.RungeKuttaScheme}. */
package dev.eddy.solver.timestepping;
