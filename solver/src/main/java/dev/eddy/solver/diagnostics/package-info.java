/**
 * Diagnostics: vorticity, divergence, energy, enstrophy, isotropic energy spectra, vorticity correlation
 * ({@link dev.eddy.solver.diagnostics.VorticityDiagnostics} works on plain arrays from either solver) and
 * divergence-preserving staggered downsampling.
 */
package dev.eddy.solver.diagnostics;
