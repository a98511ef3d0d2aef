/** Initial conditions: the filtered random divergence-free velocity of Kochkov et al. / TSM (tsm.md §1). */
package dev.eddy.solver.init;
