package dev.mirsad.operations;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** What {@code mirsad run} asks for: a business date, its input folders, and whether to force a new pass. */
public record RunRequest(LocalDate runDate, List<Path> inputs, boolean reprocess) {
}
