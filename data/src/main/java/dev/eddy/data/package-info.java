/**
 * eddy's I/O boundary: labelled arrays, CF-1.8 NetCDF files written frame by frame and read back, provenance,
 * atomic files and checkpoints. netcdf-java stays inside this package.
 *
 * <p>Typical use:
 * <pre>{@code
 * DatasetSchema schema = DatasetSchema.builder()
 *     .unlimitedTime("1", Map.of())
 *     .coordinate(LabelledArray.coordinate("y", y, Map.of("units", "1", "axis", "Y")))
 *     .coordinate(LabelledArray.coordinate("x", x, Map.of("units", "1", "axis", "X")))
 *     .variable("vorticity", DataKind.FLOAT, List.of("time", "y", "x"), Map.of("units", "1/s"))
 *     .globalAttributes(Provenance.of(commandLine, configText, seed))
 *     .build();
 * try (FrameWriter w = FrameWriter.create(out, schema, NetcdfFormat.NC3)) {
 *     w.writeFrame(t, Map.of("vorticity", omega));     // flushed; survives a crash
 * }
 * try (NetcdfReader r = NetcdfReader.open(out)) {
 *     LabelledArray last = r.readLast("vorticity", "time");
 * }
 * }</pre>
 * File layout conventions are described in {@code docs/file-formats.md}.
 */
package dev.eddy.data;
