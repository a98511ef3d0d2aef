package dev.eddy.viewer.service;

/** A problem the user can act on (unreadable file, missing variable); its message is one readable line. */
public final class ViewerException extends RuntimeException {

    public ViewerException(String message) {
        super(message, null, false, false);
    }

    public ViewerException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
