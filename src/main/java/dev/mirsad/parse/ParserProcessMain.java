package dev.mirsad.parse;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A parser child process (see {@link ParserProcesses}): reads file paths from stdin and answers each
 * with the parsed document or the rejection, in {@link ParserProtocol}. It ends when stdin closes or
 * its parent process dies.
 *
 * <p>Arguments: max file bytes, timeout in milliseconds, max text characters.
 */
public final class ParserProcessMain {

    private ParserProcessMain() {
    }

    public static void main(String[] args) throws IOException {
        // stdout carries the protocol: anything else printing there (logging) must go to stderr.
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(System.err);
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(1)));
        ParserLimits limits = new ParserLimits(Long.parseLong(args[0]),
                // The parent kills this process at the timeout; the inner timeout is only a backstop.
                Duration.ofMillis(Long.parseLong(args[1])).multipliedBy(2), Integer.parseInt(args[2]));
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        try (DocumentParser parser = new DocumentParser(limits)) {
            while (true) {
                String uri;
                try {
                    uri = in.readUTF();
                } catch (EOFException parentClosed) {
                    return;
                }
                try {
                    ParserProtocol.writeDocument(out, parser.parseHere(Path.of(URI.create(uri))));
                } catch (DocumentRejectedException rejected) {
                    ParserProtocol.writeRejection(out, rejected.reason(), rejected.getMessage());
                }
                out.flush();
            }
        }
    }
}
