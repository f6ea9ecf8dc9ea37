package dev.mirsad.extract.facts;

import java.math.BigDecimal;

/** @param unit the counted noun as written, or "percent" */
public record Amount(String surface, BigDecimal value, String unit, int start, int end) {
}
