package dev.mirsad.lab.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Mention-level true positives, false alarms and misses per entity type, and the micro average. */
public final class NerScores {

    /** Counts of one type. */
    public record Counts(int truePositives, int falsePositives, int falseNegatives) {

        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(truePositives + o.truePositives, falsePositives + o.falsePositives,
                    falseNegatives + o.falseNegatives);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }

    private final Map<String, Counts> byType = new TreeMap<>();
    private final List<String> errors = new ArrayList<>();

    void add(String type, int tp, int fp, int fn) {
        byType.merge(type, new Counts(tp, fp, fn), Counts::plus);
    }

    void error(String line) {
        errors.add(line);
    }

    public Counts of(String type) {
        return byType.getOrDefault(type, new Counts(0, 0, 0));
    }

    public Counts micro() {
        return byType.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
    }

    /** Every miss and false alarm, with its words. */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    /** A table: type, tp, fp, fn, precision, recall, F1; the last row is the micro average. */
    public String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-6s %6s %6s %6s %7s %7s %7s%n",
                "type", "tp", "fp", "fn", "P", "R", "F1"));
        byType.forEach((type, c) -> out.append(row(type, c)));
        out.append(row("micro", micro()));
        return out.toString();
    }

    private static String row(String name, Counts c) {
        return String.format(Locale.ROOT, "%-6s %6d %6d %6d %7.3f %7.3f %7.3f%n", name, c.truePositives(),
                c.falsePositives(), c.falseNegatives(), c.precision(), c.recall(), c.f1());
    }
}
