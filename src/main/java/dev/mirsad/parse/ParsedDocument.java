package dev.mirsad.parse;

import java.time.LocalDate;

/**
 * What a parser took from one file: its raw text and the document's own metadata.
 *
 * @param mediaType detected MIME type, e.g. text/plain
 * @param title the title from the document's metadata, or null
 * @param publishedOn the publication date from the document's metadata, or null (never the file's mtime)
 * @param contentSha256 the SHA-256 (hex) of the bytes the text was decoded from, when this JVM read
 *        them whole; null when a parser streamed the file, so the caller must hash the file itself
 */
public record ParsedDocument(String text, String mediaType, String title, LocalDate publishedOn,
                             String contentSha256) {
}
