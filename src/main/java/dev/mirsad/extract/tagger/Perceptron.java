package dev.mirsad.extract.tagger;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A linear multi-class scorer over hashed features: weights[feature * labels + label]. Training (in the
 * lab) averages the weights and hands them over; here they are only read, so one instance serves every
 * thread. Weights are held and stored as 16-bit steps of one scale: half the memory of floats to fetch
 * for each feature of each token, and a file a quarter of the size (the lab's scores are those of the
 * stepped weights, since they are what ships).
 */
public final class Perceptron {

    private static final int FORMAT = 1;

    private final int featureBits;
    private final int labels;
    private final short[] weights;
    private final float step;
    /**
     * Which rows hold a weight: one bit a row, small enough to stay in the processor's cache. Most of a
     * text's features (rare words, unseen pairs) hash to empty rows; testing the bit first saves the trip
     * to the weights, whose misses were half of all extraction time in a profile.
     */
    private final long[] rowsInUse;

    private Perceptron(int featureBits, int labels, short[] weights, float step) {
        if (weights.length != (1 << featureBits) * labels) {
            throw new IllegalArgumentException("weights must hold 2^" + featureBits + " x " + labels + " values");
        }
        this.featureBits = featureBits;
        this.labels = labels;
        this.weights = weights;
        this.step = step;
        this.rowsInUse = new long[Math.max(1, (1 << featureBits) / 64)];
        for (int row = 0; row < 1 << featureBits; row++) {
            for (int label = 0; label < labels; label++) {
                if (weights[row * labels + label] != 0) {
                    rowsInUse[row >>> 6] |= 1L << row;
                    break;
                }
            }
        }
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

    /** Writes each label's score, the sum of the features' weights, into scores (one per label). */
    public void score(int[] features, int count, float[] scores) {
        for (int label = 0; label < labels; label++) {
            scores[label] = 0;
        }
        for (int f = 0; f < count; f++) {
            int row = features[f];
            if ((rowsInUse[row >>> 6] & 1L << row) == 0) {
                continue;
            }
            int base = row * labels;
            for (int label = 0; label < labels; label++) {
                scores[label] += weights[base + label];
            }
        }
        for (int label = 0; label < labels; label++) {
            scores[label] *= step;
        }
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(FORMAT);
        out.writeInt(featureBits);
        out.writeInt(labels);
        out.writeFloat(step);
        int previous = -1;
        int rows = 1 << featureBits;
        for (int feature = 0; feature < rows; feature++) {
            boolean any = false;
            for (int label = 0; label < labels; label++) {
                any |= weights[feature * labels + label] != 0;
            }
            if (any) {
                writeVarInt(out, feature - previous);
                for (int label = 0; label < labels; label++) {
                    out.writeShort(weights[feature * labels + label]);
                }
                previous = feature;
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
