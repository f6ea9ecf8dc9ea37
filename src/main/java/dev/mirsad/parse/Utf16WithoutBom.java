package dev.mirsad.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognizes UTF-16 text, also without a byte-order mark, which charset detectors read as some 8-bit
 * code page. Text in one script has few distinct high bytes: 0x00 for spaces, digits and line breaks,
 * and the script's block (0x06 for Arabic, 0x04 for Cyrillic); the low bytes vary.
 */
final class Utf16WithoutBom {

    private static final int SAMPLE_BYTES = 8192;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Utf16WithoutBom() {
    }

    /** The decoded text, or empty if the bytes do not look like UTF-16 or do not decode cleanly as it. */
    static Optional<String> decodeIfLikely(byte[] bytes) {
        if (bytes.length < 16 || bytes.length % 2 != 0) {
            return Optional.empty();
        }
        if (looksLikeHighBytes(bytes, 1) && !looksLikeHighBytes(bytes, 0)) {
            return decode(bytes, StandardCharsets.UTF_16LE);
        }
        if (looksLikeHighBytes(bytes, 0) && !looksLikeHighBytes(bytes, 1)) {
            return decode(bytes, StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    // At least one zero in twenty, and two values make up nearly all of the bytes at these positions.
    private static boolean looksLikeHighBytes(byte[] bytes, int offset) {
        int[] counts = new int[256];
        int total = 0;
        for (int i = offset; i < Math.min(bytes.length, SAMPLE_BYTES); i += 2) {
            counts[bytes[i] & 0xFF]++;
            total++;
        }
        int first = 0;
        int second = 0;
        for (int count : counts) {
            if (count > first) {
                second = first;
                first = count;
            } else if (count > second) {
                second = count;
            }
        }
        return counts[0] * 20 >= total && (first + second) * 100 >= total * 95;
    }

    private static Optional<String> decode(byte[] bytes, Charset charset) {
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text);
        } catch (CharacterCodingException notUtf16) {
            return Optional.empty();
        }
    }
}
