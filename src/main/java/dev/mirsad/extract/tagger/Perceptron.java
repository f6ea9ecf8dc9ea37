package dev.mirsad.extract.tagger;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A linear multi-class scorer over hashed features: each of 2^bits feature rows holds one weight per
 * label. Training (in the lab) averages the weights and hands them over; here they are only read, so one
 * instance serves every thread. Weights are held and stored as 16-bit steps of one scale: half the memory
 * of floats to fetch for each feature of each token, and a file a quarter of the size (the lab's scores
 * are those of the stepped weights, since they are what ships).
 */
public final class Perceptron {

    private static final int FORMAT = 1;

    private final int featureBits;
    private final int labels;
    /**
     * The weights of the rows in use only, in row order. About one row in nine holds any weight, and
     * fetching rows from the full 2^bits table missed the processor's cache on most features: a profile
     * put half of extraction's time there. Packed, the table is a ninth of the size.
     */
    private final short[] weights;
    private final float step;
    /** Which rows hold a weight: one bit a row. Most of a text's features (rare words, unseen pairs) hash to empty rows. */
    private final long[] rowsInUse;
    /** How many rows in use come before each 64-row block, so a row's place in weights is a count of bits. */
    private final int[] rowsInUseBefore;

    private Perceptron(int featureBits, int labels, short[] denseWeights, float step) {
        if (denseWeights.length != (1 << featureBits) * labels) {
            throw new IllegalArgumentException("weights must hold 2^" + featureBits + " x " + labels + " values");
        }
        this.featureBits = featureBits;
        this.labels = labels;
        this.step = step;
        int rows = 1 << featureBits;
        this.rowsInUse = new long[Math.max(1, rows / 64)];
        this.rowsInUseBefore = new int[rowsInUse.length];
        int used = 0;
        for (int row = 0; row < rows; row++) {
            if (row % 64 == 0) {
                rowsInUseBefore[row >>> 6] = used;
            }
            if (anyWeight(denseWeights, row * labels, labels)) {
                rowsInUse[row >>> 6] |= 1L << row;
                used++;
            }
        }
        this.weights = new short[used * labels];
        for (int row = 0, packed = 0; row < rows; row++) {
            if (inUse(row)) {
                System.arraycopy(denseWeights, row * labels, weights, packed++ * labels, labels);
            }
        }
    }

    private static boolean anyWeight(short[] weights, int from, int count) {
        for (int k = from; k < from + count; k++) {
            if (weights[k] != 0) {
                return true;
            }
        }
        return false;
    }

    private boolean inUse(int row) {
        return (rowsInUse[row >>> 6] & 1L << row) != 0;
    }

    /** Where a row in use starts in the packed weights. */
    private int packedStart(int row) {
        long before = rowsInUse[row >>> 6] & ((1L << row) - 1);
        return (rowsInUseBefore[row >>> 6] + Long.bitCount(before)) * labels;
    }

    /** The model of these weights, each rounded to the nearest step of 1/32767 of the largest. */
    public static Perceptron of(int featureBits, int labels, float[] weights) {
        float max = 0;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float step = max == 0 ? 1 : max / Short.MAX_VALUE;
        short[] steps = new short[weights.length];
        for (int k = 0; k < weights.length; k++) {
            steps[k] = (short) Math.round(weights[k] / step);
        }
        return new Perceptron(featureBits, labels, steps, step);
    }

    public int featureBits() {
        return featureBits;
    }

    public int labels() {
        return labels;
    }

    /**
     * Adds each label's weight of the rows to sums[at + label]. The sums are whole steps, so they come out
     * the same in any order and in any grouping of the rows.
     */
    public void add(int[] rows, int count, int[] sums, int at) {
        for (int f = 0; f < count; f++) {
            int row = rows[f];
            if (!inUse(row)) {
                continue;
            }
            int base = packedStart(row);
            for (int label = 0; label < labels; label++) {
                sums[at + label] += weights[base + label];
            }
        }
    }

    /** Turns the sums of steps at sums[at ..] into each label's score. */
    public void scores(int[] sums, int at, float[] scores) {
        for (int label = 0; label < labels; label++) {
            scores[label] = sums[at + label] * step;
        }
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(FORMAT);
        out.writeInt(featureBits);
        out.writeInt(labels);
        out.writeFloat(step);
        int previous = -1;
        for (int row = 0; row < 1 << featureBits; row++) {
            if (inUse(row)) {
                writeVarInt(out, row - previous);
                int base = packedStart(row);
                for (int label = 0; label < labels; label++) {
                    out.writeShort(weights[base + label]);
                }
                previous = row;
            }
        }
        writeVarInt(out, 0);
    }

    public static Perceptron read(DataInputStream in) throws IOException {
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("unknown tagger model format " + format);
        }
        int featureBits = in.readInt();
        int labels = in.readInt();
        float step = in.readFloat();
        short[] weights = new short[(1 << featureBits) * labels];
        int feature = -1;
        for (int gap = readVarInt(in); gap != 0; gap = readVarInt(in)) {
            feature += gap;
            for (int label = 0; label < labels; label++) {
                weights[feature * labels + label] = in.readShort();
            }
        }
        return new Perceptron(featureBits, labels, weights, step);
    }

    private static void writeVarInt(DataOutputStream out, int value) throws IOException {
        while ((value & ~0x7F) != 0) {
            out.writeByte((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    private static int readVarInt(DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }
}
