package org.jdarts.cifar10;

/** The per-channel mean and standard deviation that the DARTS reference normalises CIFAR-10 with. */
public final class Normalization {

    /** Channel means (R, G, B) of the training set in [0, 1] units. */
    public static final float[] MEAN = {0.4914f, 0.4822f, 0.4465f};

    /** Channel standard deviations (R, G, B) in [0, 1] units. */
    public static final float[] STD = {0.2470f, 0.2435f, 0.2616f};

    private static final float[][] TABLE = new float[ImageSet.CHANNELS][256];

    static {
        for (int c = 0; c < ImageSet.CHANNELS; c++) {
            for (int v = 0; v < 256; v++) {
                TABLE[c][v] = (v / 255f - MEAN[c]) / STD[c];
            }
        }
    }

    private Normalization() {}

    /** Returns the normalised value of pixel byte {@code value} (0–255) in channel {@code channel}. */
    public static float normalize(int channel, int value) {
        return TABLE[channel][value];
    }
}
