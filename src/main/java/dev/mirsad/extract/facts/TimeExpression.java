package dev.mirsad.extract.facts;

import java.time.LocalDate;

/**
 * @param value TimeML-style value: 2015, 2015-09, 2015-12-24, XXXX-02-24
 * @param mod START, MID, END or null
 * @param resolvedOn the date where value is a full date, else null
 */
public record TimeExpression(String surface, String value, String mod, LocalDate resolvedOn, int start, int end) {
}
