/**
 * Body forces of the finite-volume solver, evaluated at the MAC faces: Kolmogorov forcing, linear drag, none, and a
 * user-given steady face forcing.
 */
package dev.eddy.solver.forcing;
