package dev.eddy.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Recognises NetCDF files by their magic number. */
final class NetcdfFiles {
    private static final byte[] HDF5_MAGIC = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    private NetcdfFiles() {
    }

    /**
     * @return {@link NetcdfFormat#NC3} for CDF-1/CDF-2, {@link NetcdfFormat#NC4} for HDF5 (at offset 0)
     * @throws DataFileException if the file is missing, unreadable or neither
     */
    static NetcdfFormat formatOf(Path file) {
        byte[] magic = readMagic(file);
        if (Nc3Header.isNetcdf3(magic)) {
            return NetcdfFormat.NC3;
        }
        if (java.util.Arrays.equals(magic, HDF5_MAGIC)) {
            return NetcdfFormat.NC4;
        }
        throw DataFileException.of(file, "not a NetCDF file (unknown magic number)");
    }

    private static byte[] readMagic(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(8);
            if (magic.length < 4) {
                throw DataFileException.of(file, "not a NetCDF file (only " + magic.length + " bytes)");
            }
            return magic;
        } catch (NoSuchFileException e) {
            throw DataFileException.of(file, "no such file");
        } catch (IOException e) {
            throw DataFileException.of(file, "cannot be read", e);
        }
    }
}
