package dev.mirsad.extract.facts;

/** A media outlet the article cites as its source ("وفقا لـ", "بحسب", "نقلت وكالة"). */
public record CitedMedium(EntityRef outlet, int start, int end) {
}
