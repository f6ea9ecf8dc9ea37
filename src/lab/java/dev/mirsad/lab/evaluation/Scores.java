package dev.mirsad.lab.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The figures of one evaluation, printed as score.py prints them.
 *
 * @param tallies by list name, in score.py's order
 */
public record Scores(int documents, List<String> missingDocuments, Map<String, Tally> tallies) {

    public double macroF1() {
        return Tally.round4(tallies.values().stream().mapToDouble(Tally::f1).sum() / tallies.size());
    }

    /** score.py's table; with errors, every miss and false alarm after it. */
    public String table(boolean errors) {
        StringBuilder out = new StringBuilder(String.format("%-14s%5s%5s%5s%8s%8s%8s%n", "list", "tp", "fp", "fn", "P", "R", "F1"));
        tallies.forEach((list, t) -> out.append(String.format("%-14s%5d%5d%5d%8s%8s%8s%n", list, t.tp(), t.fp(), t.fn(),
                fixed3(t.precision()), fixed3(t.recall()), fixed3(t.f1()))));
        out.append("documents: ").append(documents).append(", not found in v_article: ").append(missingDocuments.size())
                .append(' ').append(missingDocuments.isEmpty() ? ""
                        : missingDocuments.stream().map(d -> "'" + d + "'").collect(Collectors.joining(", ", "[", "]")))
                .append(System.lineSeparator());
        out.append("macro F1: ").append(fixed3(macroF1())).append(System.lineSeparator());
        if (errors) {
            tallies.values().forEach(t -> t.errors().forEach(e -> out.append(e).append(System.lineSeparator())));
        }
        return out.toString();
    }

    /** Python's format(x, ".3f"): half-even on the exact binary value. */
    private static String fixed3(double value) {
        return new BigDecimal(value).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
