package dev.eddy.data;

import java.io.IOException;

/** A consumer that may throw {@link IOException}, e.g. code that writes a file at a given path. */
@FunctionalInterface
public interface IoConsumer<T> {
    void accept(T value) throws IOException;
}
