package dev.mirsad.lab;

import dev.mirsad.lab.evaluation.SplitInputs;
import picocli.CommandLine.ITypeConverter;

import java.util.Locale;

/** all, development or training, in any case. */
final class SplitPartConverter implements ITypeConverter<SplitInputs.Part> {

    @Override
    public SplitInputs.Part convert(String value) {
        try {
            return SplitInputs.Part.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--split takes all, development or training, not " + value);
        }
    }
}
