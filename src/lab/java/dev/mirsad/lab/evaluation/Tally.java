package dev.mirsad.lab.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Hits, false alarms and misses of one fact list, summed over the articles, with what went wrong. */
public final class Tally {

    private int tp;
    private int fp;
    private int fn;
    private final List<String> errors = new ArrayList<>();

    void hit() {
        tp++;
    }

    void falseAlarm(String error) {
        fp++;
        errors.add(error);
    }

    void miss(String error) {
        fn++;
        errors.add(error);
    }

    public int tp() {
        return tp;
    }

    public int fp() {
        return fp;
    }

    public int fn() {
        return fn;
    }

    public List<String> errors() {
        return List.copyOf(errors);
    }

    public double precision() {
        return round4(tp + fp == 0 ? 0.0 : (double) tp / (tp + fp));
    }

    public double recall() {
        return round4(tp + fn == 0 ? 0.0 : (double) tp / (tp + fn));
    }

    public double f1() {
        double p = tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
        return round4(p + r == 0 ? 0.0 : 2 * p * r / (p + r));
    }

    /** Python's round(x, 4): half-even on the exact binary value. */
    static double round4(double value) {
        return new BigDecimal(value).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }
}
