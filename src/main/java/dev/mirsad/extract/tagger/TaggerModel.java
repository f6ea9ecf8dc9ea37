package dev.mirsad.extract.tagger;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained name tagger as shipped: the perceptron, and how often each folded word began a name in the
 * training data, without its proclitics where the annotation tells them (بغداد, not وبغداد). The counts
 * choose between a first word as written and the word without a clitic: وزارة begins names, زارة does not.
 *
 * @param description what the model was trained on, for the model card and the log
 * @param lexiconDigest the digest of the lexicons whose words were features in training
 * @param singleWordNames how often each folded word was a whole name on its own (بغداد, ميسي): a name of one
 *                        word the tagger proposes is taken only if the training data knew it as one
 */
public record TaggerModel(String description, String lexiconDigest, Perceptron perceptron, Map<String, Integer> nameStarts,
                          Map<String, Integer> singleWordNames) {

    private static final String MAGIC = "mirsad-name-tagger";

    public TaggerModel {
        nameStarts = Collections.unmodifiableMap(new HashMap<>(nameStarts));
        singleWordNames = Collections.unmodifiableMap(new HashMap<>(singleWordNames));
    }

    public int singleWordNameCount(String foldedWord) {
        return singleWordNames.getOrDefault(foldedWord, 0);
    }

    public int nameStartCount(String foldedWord) {
        return nameStarts.getOrDefault(foldedWord, 0);
    }

    public void write(OutputStream target) throws IOException {
        GZIPOutputStream zip = new GZIPOutputStream(target, 1 << 16);
        DataOutputStream out = new DataOutputStream(zip);
        out.writeUTF(MAGIC);
        out.writeUTF(description);
        out.writeUTF(lexiconDigest);
        perceptron.write(out);
        writeCounts(out, nameStarts);
        writeCounts(out, singleWordNames);
        out.flush();
        zip.finish();
    }

    public static TaggerModel read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new GZIPInputStream(source, 1 << 16));
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("not a Mirsad name tagger model");
        }
        String description = in.readUTF();
        String lexiconDigest = in.readUTF();
        Perceptron perceptron = Perceptron.read(in);
        return new TaggerModel(description, lexiconDigest, perceptron, readCounts(in), readCounts(in));
    }

    private static void writeCounts(DataOutputStream out, Map<String, Integer> counts) throws IOException {
        out.writeInt(counts.size());
        for (Map.Entry<String, Integer> e : new TreeMap<>(counts).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue());
        }
    }

    private static Map<String, Integer> readCounts(DataInputStream in) throws IOException {
        int words = in.readInt();
        Map<String, Integer> counts = new HashMap<>(words * 2);
        for (int i = 0; i < words; i++) {
            counts.put(in.readUTF(), in.readInt());
        }
        return counts;
    }
}
