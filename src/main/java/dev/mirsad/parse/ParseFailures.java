package dev.mirsad.parse;

import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;

/** Turns whatever a parser threw into a rejection with a stable reason and an operator's message. */
final class ParseFailures {

    private ParseFailures() {
    }

    static DocumentRejectedException reject(String fileName, Throwable failure, ParserLimits limits) {
        if (failure instanceof DocumentRejectedException rejection) {
            return rejection;
        }
        if (isEncrypted(failure)) {
            return new DocumentRejectedException(RejectionReason.ENCRYPTED, fileName
                    + ": the document is encrypted or password-protected; ask the source for an unprotected copy",
                    failure);
        }
        if (WriteLimitReachedException.isWriteLimitReached(failure)) {
            return new DocumentRejectedException(RejectionReason.TOO_LARGE, fileName
                    + ": extracted text exceeds the limit of " + limits.maxTextChars() + " characters", failure);
        }
        if (failure instanceof ZeroByteFileException) {
            return new DocumentRejectedException(RejectionReason.EMPTY_TEXT, fileName + ": the file is empty",
                    failure);
        }
        if (failure instanceof UnsupportedFormatException) {
            return new DocumentRejectedException(RejectionReason.UNSUPPORTED_TYPE, fileName
                    + ": no parser handles this format (" + failure.getMessage() + ")", failure);
        }
        if (failure instanceof OutOfMemoryError || failure instanceof StackOverflowError) {
            return new DocumentRejectedException(RejectionReason.CORRUPT, fileName + ": the parser ran out of "
                    + (failure instanceof OutOfMemoryError ? "memory" : "stack")
                    + " on this file; it is probably malformed or built to exhaust parsers", failure);
        }
        return new DocumentRejectedException(RejectionReason.CORRUPT, fileName
                + ": the file is damaged or not what its type claims (" + describe(failure) + ")", failure);
    }

    private static boolean isEncrypted(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException
                    || t instanceof org.apache.poi.EncryptedDocumentException
                    || t instanceof InvalidPasswordException) {
                return true;
            }
        }
        return false;
    }

    // The innermost cause usually names the actual defect; Tika's wrapper only names the parser.
    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
