package dev.eddy.data;

import java.io.Serial;
import java.nio.file.Path;

/**
 * A data file could not be read or written: missing, truncated, corrupt, or not shaped as expected.
 *
 * <p>The message is always one readable line (no line breaks) naming the file, so a command-line tool can print it
 * as it is. The cause, when there is one, keeps the low-level detail for logs.
 */
public final class DataFileException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong; line breaks are replaced by spaces */
    public DataFileException(String message) {
        super(oneLine(message));
    }

    /** @param message what went wrong; line breaks are replaced by spaces */
    public DataFileException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    /** A message "FILE: what", with the cause's own message appended when it adds something. */
    static DataFileException of(Path file, String what, Throwable cause) {
        return new DataFileException(file + ": " + what + detail(cause), cause);
    }

    /** " (reason)" from the cause, without Java class names; "" if the cause says nothing. */
    private static String detail(Throwable cause) {
        if (cause == null) {
            return "";
        }
        String m = cause.getMessage();
        if (m == null || m.isBlank()) {
            m = cause.getClass().getName();
        }
        m = m.replaceAll("\\b(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error): ", "").strip();
        if (m.matches("(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*")) {
            m = m.endsWith(".EOFException") ? "unexpected end of file" : m.substring(m.lastIndexOf('.') + 1);
        }
        return " (" + m + ")";
    }

    static DataFileException of(Path file, String what) {
        return new DataFileException(file + ": " + what);
    }

    private static String oneLine(String message) {
        String m = message == null ? "unknown data file error" : message;
        return m.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
