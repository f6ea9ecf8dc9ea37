package dev.mirsad.parse;

import java.time.LocalDate;

/**
 * What a parser took from one file: its raw text and the document's own metadata.
 *
 * @param mediaType detected MIME type, e.g. text/plain
 * @param title the title from the document's metadata, or null
 * @param publishedOn the publication date from the document's metadata, or null (never the file's mtime)
 */
public record ParsedDocument(String text, String mediaType, String title, LocalDate publishedOn) {
}
