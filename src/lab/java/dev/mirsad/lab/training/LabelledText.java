package dev.mirsad.lab.training;

import dev.mirsad.extract.tagger.NameLabel;
import dev.mirsad.extract.tagger.TokenizedText;

/** A text's tokens with the labels the tagger should give them. */
public record LabelledText(TokenizedText tokens, NameLabel[] labels) {
}
