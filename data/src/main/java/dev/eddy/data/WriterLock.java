package dev.eddy.data;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;

/**
 * The advisory lock a {@link FrameWriter} holds for its lifetime, so that two writers (e.g. a run and its
 * {@code --resume}) cannot append to one file. The operating system drops it when the process dies, even by SIGKILL.
 * Best effort across processes: POSIX drops all of a process's locks on a file when any of its descriptors for that
 * file is closed.
 */
final class WriterLock {
    private WriterLock() {
    }

    /**
     * @return the lock, held until {@code channel} is closed or the lock released
     * @throws DataFileException if another process or another writer in this process holds it
     */
    static FileLock acquire(Path file, FileChannel channel) throws IOException {
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw DataFileException.of(file, "is being written by another process");
            }
            return lock;
        } catch (OverlappingFileLockException e) {
            throw DataFileException.of(file, "is already open for writing in this process");
        }
    }
}
