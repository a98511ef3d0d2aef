package dev.eddy.data;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers see either the old content or the complete new content, never a torn file.
 *
 * <p>Protocol: write to a temporary sibling ({@code .NAME.<random>.part} in the same folder, hence the same file
 * system), {@code fsync} it, rename it over the target with {@link StandardCopyOption#ATOMIC_MOVE}, then
 * {@code fsync} the folder so the rename itself survives a power loss (where the platform allows opening folders).
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * @param target       the file to create or replace
     * @param writeToTemp  writes the complete content to the path it is given
     * @throws DataFileException if writing, syncing or renaming fails; the temporary file is then removed
     */
    public static void writeAtomically(Path target, IoConsumer<Path> writeToTemp) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".part");
            writeToTemp.accept(temp);
            fsync(temp);
            moveAtomically(temp, absolute);
            fsyncDirectory(dir);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            if (e instanceof DataFileException d) {
                throw d;
            }
            throw DataFileException.of(target, "could not be written", e);
        }
    }

    /** Renames {@code source} over {@code target} atomically (same folder), replacing it. */
    static void moveAtomically(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system cannot rename atomically in " + target.getParent(), e);
        }
    }

    /** Forces the file's content and metadata to the storage device. */
    static void fsync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Best effort: Linux allows syncing a folder opened read-only; other systems may refuse. */
    static void fsyncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Not supported on this platform (e.g. Windows); the rename is still atomic, only not yet durable.
            return;
        }
    }

    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The temporary file is a hidden '.part' sibling; leaving it behind harms no reader.
            return;
        }
    }
}
