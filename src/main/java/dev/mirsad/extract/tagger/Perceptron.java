package dev.mirsad.extract.tagger;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A linear multi-class scorer over hashed features: weights[feature * labels + label]. Training (in the
 * lab) averages the weights and hands them over; here they are only read, so one instance serves every
 * thread. Weights are stored as 16-bit steps of one scale: the averaged weights lose nothing that changes
 * a decision on the development articles, and the file shrinks to a quarter.
 */
public final class Perceptron {

    private static final int FORMAT = 1;

    private final int featureBits;
    private final int labels;
    private final float[] weights;

    public Perceptron(int featureBits, int labels, float[] weights) {
        if (weights.length != (1 << featureBits) * labels) {
            throw new IllegalArgumentException("weights must hold 2^" + featureBits + " x " + labels + " values");
        }
        this.featureBits = featureBits;
        this.labels = labels;
        this.weights = weights;
    }

    public int featureBits() {
        return featureBits;
    }

    public int labels() {
        return labels;
    }

    /** Adds each feature's weights to scores (one per label), which the caller has zeroed. */
    public void score(int[] features, int count, float[] scores) {
        for (int f = 0; f < count; f++) {
            int base = features[f] * labels;
            for (int label = 0; label < labels; label++) {
                scores[label] += weights[base + label];
            }
        }
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(FORMAT);
        out.writeInt(featureBits);
        out.writeInt(labels);
        float max = 0;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float step = max == 0 ? 1 : max / Short.MAX_VALUE;
        out.writeFloat(step);
        int previous = -1;
        int rows = 1 << featureBits;
        short[] row = new short[labels];
        for (int feature = 0; feature < rows; feature++) {
            boolean any = false;
            for (int label = 0; label < labels; label++) {
                row[label] = (short) Math.round(weights[feature * labels + label] / step);
                any |= row[label] != 0;
            }
            if (any) {
                writeVarInt(out, feature - previous);
                for (short w : row) {
                    out.writeShort(w);
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
        float[] weights = new float[(1 << featureBits) * labels];
        int feature = -1;
        for (int gap = readVarInt(in); gap != 0; gap = readVarInt(in)) {
            feature += gap;
            for (int label = 0; label < labels; label++) {
                weights[feature * labels + label] = in.readShort() * step;
            }
        }
        return new Perceptron(featureBits, labels, weights);
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
