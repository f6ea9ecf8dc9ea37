package dev.mirsad.parse;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The answers a parser child sends its parent: a kind byte, then length-prefixed UTF-8 strings
 * (length -1 for null). The request is the file's URI, as {@link DataOutputStream#writeUTF}: a URI
 * keeps the path's bytes whatever the locale of either process.
 */
final class ParserProtocol {

    private static final byte DOCUMENT = 'D';
    private static final byte REJECTION = 'R';

    private ParserProtocol() {
    }

    static void writeDocument(DataOutputStream out, ParsedDocument document) throws IOException {
        out.writeByte(DOCUMENT);
        writeString(out, document.text());
        writeString(out, document.mediaType());
        writeString(out, document.title());
        writeString(out, document.publishedOn() == null ? null : document.publishedOn().toString());
    }

    static void writeRejection(DataOutputStream out, RejectionReason reason, String message) throws IOException {
        out.writeByte(REJECTION);
        writeString(out, reason.name());
        writeString(out, message);
    }

    /** @throws DocumentRejectedException if the child rejected the file */
    static ParsedDocument read(DataInputStream in) throws IOException, DocumentRejectedException {
        byte kind = in.readByte();
        if (kind == REJECTION) {
            throw new DocumentRejectedException(RejectionReason.valueOf(readString(in)), readString(in));
        }
        if (kind != DOCUMENT) {
            throw new IOException("the parser process sent an unknown answer (" + kind + ")");
        }
        String text = readString(in);
        String mediaType = readString(in);
        String title = readString(in);
        String published = readString(in);
        return new ParsedDocument(text, mediaType, title, published == null ? null : LocalDate.parse(published));
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
