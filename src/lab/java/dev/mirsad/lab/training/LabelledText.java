package dev.mirsad.lab.training;

import dev.mirsad.extract.TaggerTokens;
import dev.mirsad.extract.tagger.NameLabel;

/** A text's tokens with the labels the tagger should give them. */
public record LabelledText(TaggerTokens tokens, NameLabel[] labels) {
}
