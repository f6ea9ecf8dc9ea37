package dev.mirsad.testing;

import dev.mirsad.parse.RejectionReason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes files that a nightly run must survive, for tests of the parser and the job.
 */
public final class BadFiles {

    /** A good Arabic article whose name would break naively built SQL or shell commands. */
    public static final String HOSTILE_NAME = "it's \"quoted\"; DROP TABLE article;.txt";
    public static final String HOSTILE_NAME_TEXT =
            "عقد مستشار الأمن القومي العراقي اجتماعا مع سفراء روسيا وإيران وسوريا في بغداد.\n";

    private static final List<String> MEMO = List.of(
            "Ministers of the four states met in Baghdad on 24 February 2023.",
            "They agreed to share intelligence on armed groups along the border.",
            "\"Cooperation will continue,\" the national security adviser said.");

    /**
     * One written file.
     *
     * @param expectedRejection the reason the parser must reject it with, or empty if it must be ingested
     */
    public record BadFile(String name, Optional<RejectionReason> expectedRejection) {
    }

    private BadFiles() {
    }

    /** Writes the files into {@code folder} (created if missing) and says what each must produce. */
    public static List<BadFile> writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<BadFile> expected = new ArrayList<>();
        write(folder, "empty.txt", new byte[0], RejectionReason.EMPTY_TEXT, expected);
        write(folder, "junk.pdf", junk(4096), RejectionReason.CORRUPT, expected);
        write(folder, "truncated.pdf", firstHalf(LatinPdf.of(MEMO, 1)), RejectionReason.CORRUPT, expected);
        write(folder, "encrypted.pdf", LatinPdf.encrypted(MEMO, "s3cret"), RejectionReason.ENCRYPTED, expected);
        write(folder, "encrypted.docx", encryptedDocx(MEMO, "s3cret"), RejectionReason.ENCRYPTED, expected);
        write(folder, HOSTILE_NAME, HOSTILE_NAME_TEXT.getBytes(StandardCharsets.UTF_8), null, expected);
        return expected;
    }

    private static void write(Path folder, String name, byte[] bytes, RejectionReason reason,
            List<BadFile> expected) throws IOException {
        Files.write(folder.resolve(name), bytes);
        expected.add(new BadFile(name, Optional.ofNullable(reason)));
    }

    // Fixed seed: the same junk every run, so a failure can be reproduced.
    private static byte[] junk(int size) {
        byte[] bytes = new byte[size];
        new Random(20230224L).nextBytes(bytes);
        return bytes;
    }

    // An encrypted OOXML file is an OLE2 container holding the encrypted package (Word's own format).
    private static byte[] encryptedDocx(List<String> lines, String password) throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            lines.forEach(line -> document.createParagraph().createRun().setText(line));
            document.write(docx);
        }
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream encrypted = encryptor.getDataStream(container)) {
                encrypted.write(docx.toByteArray());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            container.writeFilesystem(out);
            return out.toByteArray();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot run Office agile encryption", e);
        }
    }

    private static byte[] firstHalf(byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length / 2);
    }
}
