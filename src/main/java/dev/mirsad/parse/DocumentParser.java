package dev.mirsad.parse;

import java.nio.file.Path;

/** Turns a file into text and metadata with Apache Tika. Built once, thread-safe. */
public final class DocumentParser implements AutoCloseable {

    public ParsedDocument parse(Path file) throws DocumentRejectedException {
        throw new UnsupportedOperationException("to be implemented");
    }

    @Override
    public void close() {
    }
}
