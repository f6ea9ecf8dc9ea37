package dev.mirsad.lab.benchmark;

import dev.mirsad.language.LanguageDetector;
import dev.mirsad.parse.Sha256;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Derives any number of distinct articles from a folder of seed articles, for benchmarks at a
 * scale no real corpus at hand has. Article k starts from seed k modulo the number of seeds, so the
 * seeds' lengths and language mix carry over. It keeps the seed's headline and paragraphs, but
 * swaps about a third of its sentences for sentences of other seeds in the same language and changes
 * some numbers (never a day, a month or a year), so the texts (and their facts) differ. Deterministic for a given random seed.
 */
public final class CorpusGenerator {

    /** Files per sub-folder, so no folder holds a hundred thousand entries. */
    static final int FILES_PER_FOLDER = 1000;
    private static final double SWAPPED_SENTENCES = 0.35;
    private static final double CHANGED_NUMBERS = 0.5;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?؟])\\s+");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+");

    private record Seed(String headline, List<List<String>> paragraphs, String language) {
    }

    private final List<Seed> seeds;
    private final Map<String, List<String>> sentencesByLanguage = new LinkedHashMap<>();

    private CorpusGenerator(List<Seed> seeds) {
        this.seeds = seeds;
        for (Seed seed : seeds) {
            List<String> pool = sentencesByLanguage.computeIfAbsent(seed.language(), l -> new ArrayList<>());
            seed.paragraphs().forEach(pool::addAll);
        }
    }

    /** Reads the UTF-8 text files under a folder as seeds; other files are ignored. */
    public static CorpusGenerator fromSeeds(Path folder) throws IOException {
        LanguageDetector detector = new LanguageDetector();
        List<Seed> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                readText(file).map(text -> seedOf(text, detector)).ifPresent(seeds::add);
            }
        }
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("No UTF-8 text article with a headline and a body under " + folder);
        }
        return new CorpusGenerator(seeds);
    }

    public int seedCount() {
        return seeds.size();
    }

    /**
     * Writes {@code count} distinct articles under {@code out} (which must be empty or missing), as
     * {@code out/00000/article-0000000.txt}, a thousand per folder.
     *
     * @return the files written, in order
     */
    public List<Path> generate(int count, long randomSeed, Path out) throws IOException {
        if (Files.isDirectory(out)) {
            try (Stream<Path> existing = Files.list(out)) {
                if (existing.findAny().isPresent()) {
                    throw new IllegalArgumentException("Output folder " + out + " is not empty; give a new one");
                }
            }
        }
        Set<String> hashes = new HashSet<>();
        List<Path> written = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            Random random = new Random(randomSeed * 1_000_003L + k);
            byte[] bytes;
            do {
                bytes = article(seeds.get(k % seeds.size()), random).getBytes(StandardCharsets.UTF_8);
            } while (!hashes.add(Sha256.hex(Sha256.newDigest().digest(bytes))));
            Path file = out.resolve(String.format("%05d/article-%07d.txt", k / FILES_PER_FOLDER, k));
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            written.add(file);
        }
        return written;
    }

    private String article(Seed seed, Random random) {
        List<String> pool = sentencesByLanguage.get(seed.language());
        StringBuilder text = new StringBuilder(seed.headline()).append("\n\n");
        for (List<String> paragraph : seed.paragraphs()) {
            for (int i = 0; i < paragraph.size(); i++) {
                String sentence = random.nextDouble() < SWAPPED_SENTENCES
                        ? pool.get(random.nextInt(pool.size())) : paragraph.get(i);
                text.append(i == 0 ? "" : " ").append(changeNumbers(sentence, random));
            }
            text.append("\n\n");
        }
        return text.toString();
    }

    private static String changeNumbers(String sentence, Random random) {
        Matcher number = NUMBER.matcher(sentence);
        StringBuilder changed = new StringBuilder();
        while (number.find()) {
            number.appendReplacement(changed, random.nextDouble() < CHANGED_NUMBERS
                    ? plausibleVariant(number.group(), random) : number.group());
        }
        number.appendTail(changed);
        return changed.toString();
    }

    /**
     * Another number the text could have said, of the same length. Years and numbers of one or two
     * digits (days, months, small counts) stay as they are, so every date remains a real date.
     */
    private static String plausibleVariant(String digits, Random random) {
        if (digits.length() < 3 || digits.length() > 6) {
            return digits;
        }
        int value = Integer.parseInt(digits);
        if (digits.length() == 4 && value >= 1900 && value <= 2099) {
            return digits;
        }
        int low = (int) Math.pow(10, digits.length() - 1);
        return Integer.toString(low + random.nextInt(low * 9));
    }

    private static Optional<String> readText(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        boolean utf8 = Arrays.equals(bytes, text.getBytes(StandardCharsets.UTF_8));
        return utf8 ? Optional.of(text.replace("\uFEFF", "").replace("\r\n", "\n")) : Optional.empty();
    }

    private static Seed seedOf(String text, LanguageDetector detector) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() < 2) {
            return null;
        }
        List<List<String>> paragraphs = lines.subList(1, lines.size()).stream()
                .map(line -> List.of(SENTENCE_END.split(line))).toList();
        return new Seed(lines.get(0), paragraphs, detector.detect(text).code());
    }
}
