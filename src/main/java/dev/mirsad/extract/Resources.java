package dev.mirsad.extract;

import dev.mirsad.resources.ResourceLines;

import java.util.List;

/** Reads the lexicon files shipped beside this package: one entry a line, '#' starts a comment line. */
final class Resources {

    private Resources() {
    }

    static List<String> lines(String name) {
        return ResourceLines.of(Resources.class, name);
    }

    /** Lines split on '|'. */
    static List<String[]> rows(String name) {
        return lines(name).stream().map(line -> line.split("\\|")).toList();
    }
}
