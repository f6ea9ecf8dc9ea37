package dev.mirsad.language;

import com.ibm.icu.lang.UScript;
import dev.mirsad.resources.ResourceLines;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code profiles.txt}: per ICU script code, the {@link ScriptProfile} of its languages. */
final class LanguageProfiles {

    static final String DEFAULT_RESOURCE = "profiles.txt";

    private LanguageProfiles() {
    }

    static Map<Integer, ScriptProfile> load(String resource) {
        return parse(ResourceLines.of(LanguageProfiles.class, resource), resource);
    }

    private static Map<Integer, ScriptProfile> parse(List<String> lines, String resource) {
        Map<Integer, List<String>> languagesByScript = new HashMap<>();
        Map<String, Integer> scriptOfLanguage = new HashMap<>();
        Set<String> ruleOnly = new HashSet<>();
        Map<String, String> requiredLetters = new HashMap<>();
        List<String[]> evidenceLines = new ArrayList<>();
        for (String line : lines) {
            String[] fields = line.split("\\s+");
            if (fields[0].equals("script")) {
                int script = UScript.getCodeFromName(fields[1]);
                if (script == UScript.INVALID_CODE || fields.length < 3) {
                    throw new IllegalStateException(resource + ": bad script line: " + line);
                }
                List<String> languages = Arrays.asList(fields).subList(2, fields.length);
                languagesByScript.put(script, languages);
                languages.forEach(language -> scriptOfLanguage.put(language, script));
            } else if (fields[0].equals("rule-only")) {
                ruleOnly.addAll(Arrays.asList(fields).subList(1, fields.length));
            } else if (fields.length >= 3 && fields[1].equals("requires") && scriptOfLanguage.containsKey(fields[0])) {
                requiredLetters.put(fields[0], String.join("", Arrays.asList(fields).subList(2, fields.length)));
            } else if (fields.length >= 4 && scriptOfLanguage.containsKey(fields[0])) {
                evidenceLines.add(fields);
            } else {
                throw new IllegalStateException(resource + ": bad line (language declared?): " + line);
            }
        }

        // Count first how many languages list each item, so a shared item's weight can be split.
        Map<String, Integer> sharers = new HashMap<>();
        for (String[] fields : evidenceLines) {
            for (int i = 3; i < fields.length; i++) {
                sharers.merge(itemKey(scriptOfLanguage.get(fields[0]), fields[1], fields[i]), 1, Integer::sum);
            }
        }

        Map<Integer, Map<Integer, double[]>> letters = new HashMap<>();
        Map<Integer, Map<String, double[]>> words = new HashMap<>();
        for (String[] fields : evidenceLines) {
            int script = scriptOfLanguage.get(fields[0]);
            int languageIndex = languagesByScript.get(script).indexOf(fields[0]);
            int languageCount = languagesByScript.get(script).size();
            double weight = Double.parseDouble(fields[2]);
            for (int i = 3; i < fields.length; i++) {
                String item = fields[i];
                if (fields[1].equals("letters") && item.codePointCount(0, item.length()) != 1) {
                    throw new IllegalStateException(resource + ": not a single letter: " + item);
                }
                double share = weight / sharers.get(itemKey(script, fields[1], item));
                switch (fields[1]) {
                    case "letters" -> letters.computeIfAbsent(script, s -> new HashMap<>())
                            .computeIfAbsent(item.codePointAt(0), c -> new double[languageCount])[languageIndex] += share;
                    case "words" -> words.computeIfAbsent(script, s -> new HashMap<>())
                            .computeIfAbsent(item, w -> new double[languageCount])[languageIndex] += share;
                    default -> throw new IllegalStateException(resource + ": unknown kind " + fields[1]);
                }
            }
        }

        Map<Integer, ScriptProfile> profiles = new HashMap<>();
        languagesByScript.forEach((script, languages) -> profiles.put(script, new ScriptProfile(languages,
                languages.stream().filter(ruleOnly::contains).toList(), requiredLetters,
                letters.getOrDefault(script, Map.of()), words.getOrDefault(script, Map.of()))));
        return Map.copyOf(profiles);
    }

    private static String itemKey(int script, String kind, String item) {
        return script + " " + kind + " " + item;
    }
}
