/**
 * Fields that know where they live: a {@link dev.eddy.solver.field.Field} is a grid, an
 * {@link dev.eddy.solver.grid.Offset} and row-major values; a {@link dev.eddy.solver.field.StaggeredVelocity} is the
 * MAC-grid velocity. Mixing grids or locations raises {@link dev.eddy.solver.field.InconsistentGridException} or
 * {@link dev.eddy.solver.field.InconsistentOffsetException}.
 */
package dev.eddy.solver.field;
