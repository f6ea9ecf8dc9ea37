package dev.mirsad.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.junit.jupiter.api.Test;

/** Failures no real file can trigger on demand: errors that would otherwise end the JVM's job. */
class ParseFailuresTest {

    private static final ParserLimits LIMITS = ParserLimits.defaults();

    @Test
    void outOfMemoryInsideAParseRejectsTheFileAsCorrupt() {
        DocumentRejectedException rejection = ParseFailures.reject("bomb.docx", new OutOfMemoryError("Java heap space"), LIMITS);

        assertThat(rejection.reason()).isEqualTo(RejectionReason.CORRUPT);
        assertThat(rejection.getMessage()).contains("bomb.docx", "memory");
    }

    @Test
    void stackOverflowInsideAParseRejectsTheFileAsCorrupt() {
        DocumentRejectedException rejection = ParseFailures.reject("deep.pdf", new StackOverflowError(), LIMITS);

        assertThat(rejection.reason()).isEqualTo(RejectionReason.CORRUPT);
        assertThat(rejection.getMessage()).contains("deep.pdf", "stack");
    }

    @Test
    void encryptionWrappedInOtherExceptionsIsStillEncrypted() {
        Throwable wrapped = new TikaException("parser failed", new EncryptedDocumentException("needs a password"));

        assertThat(ParseFailures.reject("secret.docx", wrapped, LIMITS).reason()).isEqualTo(RejectionReason.ENCRYPTED);
    }

    @Test
    void corruptMessageNamesTheInnermostCause() {
        Throwable wrapped = new TikaException("TIKA-198: Illegal IOException", new IOException("Page tree root must be a dictionary"));

        DocumentRejectedException rejection = ParseFailures.reject("half.pdf", wrapped, LIMITS);

        assertThat(rejection.reason()).isEqualTo(RejectionReason.CORRUPT);
        assertThat(rejection.getMessage()).contains("half.pdf", "Page tree root must be a dictionary");
        assertThat(rejection.getCause()).isSameAs(wrapped);
    }
}
