package dev.mirsad.operations;

import dev.mirsad.parse.InputFolders;

import java.time.LocalDate;

/** What {@code mirsad run} asks for: a business date, its input folders, and whether to force a new pass. */
public record RunRequest(LocalDate runDate, InputFolders inputs, boolean reprocess) {
}
