package dev.eddy.cli;

import dev.eddy.data.DataFileException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;

/**
 * Which exceptions from the modules mean "the user's input was wrong" (exit code 2) rather than a bug: unreadable,
 * corrupt or wrong-shaped files ({@link DataFileException}) and file-system refusals.
 */
final class UserErrors {

    private UserErrors() {
    }

    static boolean isUserCaused(Throwable t) {
        return t instanceof DataFileException
                || t instanceof NoSuchFileException
                || t instanceof AccessDeniedException
                || t instanceof FileAlreadyExistsException;
    }
}
