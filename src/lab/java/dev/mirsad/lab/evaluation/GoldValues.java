package dev.mirsad.lab.evaluation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Values of the gold JSON read and printed as score.py does (Python's truthiness, repr and isclose). */
final class GoldValues {

    private GoldValues() {
    }

    static Set<String> entityKeys(Map<String, Object> entry) {
        Set<String> keys = new HashSet<>();
        keys.add(ScoreText.norm(entry.get("name")));
        strings(entry.get("aliases")).forEach(a -> keys.add(ScoreText.norm(a)));
        return keys;
    }

    static boolean truthy(Object value) {
        return value != null && !"".equals(value);
    }

    static Double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return value == null ? null : Double.valueOf(value.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** math.isclose with its default relative tolerance. */
    static boolean isClose(double a, double b) {
        return a == b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
    }

    static String first60(String text) {
        return text == null ? "None" : text.substring(0, text.offsetByCodePoints(0, Math.min(60, text.codePointCount(0, text.length()))));
    }

    static String python(Object value) {
        return value == null ? "None" : value.toString();
    }

    static String pythonList(List<String> items) {
        return items.stream().map(i -> "'" + i + "'").collect(Collectors.joining(", ", "[", "]"));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object value) {
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(v -> (String) v).toList() : List.of();
    }
}
