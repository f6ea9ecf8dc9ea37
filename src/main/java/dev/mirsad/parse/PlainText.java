package dev.mirsad.parse;

import org.apache.tika.mime.MediaType;

import java.util.Optional;

/** Text files read whole: how their bytes are decoded, and the checks every extracted text passes. */
final class PlainText {

    private PlainText() {
    }

    static boolean startsLikePlainText(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return !text.startsWith("<", start) && !text.startsWith("{\\rtf", start) && !text.startsWith("%PDF", start);
    }

    // UTF-16 first: Arabic in UTF-16LE is mostly bytes below 0x80, which pass as valid UTF-8.
    static Optional<String> decodeUnicode(byte[] bytes) {
        return Utf16WithoutBom.decodeIfLikely(bytes).or(() -> Utf8Text.decodeIfValid(bytes));
    }

    // Plain text has no metadata of its own: the job decides the title and date.
    static ParsedDocument document(String text, String fileName, int maxTextChars) throws DocumentRejectedException {
        if (text.length() > maxTextChars) {
            throw new DocumentRejectedException(RejectionReason.TOO_LARGE, fileName
                    + ": text exceeds the limit of " + maxTextChars + " characters");
        }
        return new ParsedDocument(nonBlank(text, fileName), MediaType.TEXT_PLAIN.toString(), null, null);
    }

    static String nonBlank(String text, String fileName) throws DocumentRejectedException {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            throw new DocumentRejectedException(RejectionReason.EMPTY_TEXT,
                    fileName + ": no text could be extracted (a scan or images only?)");
        }
        return stripped;
    }
}
