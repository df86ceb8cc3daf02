package org.jdarts.cifar10;

/**
 * The training-time image transformations of the DARTS reference: random crop of 32 after zero
 * padding, random horizontal flip, and optional cutout (applied after normalisation).
 *
 * @param padding zero padding before the random 32×32 crop (DARTS: 4; 0 disables the crop)
 * @param flip whether to flip horizontally with probability ½
 * @param cutout side of the square zeroed by cutout (DARTS evaluation: 16; 0 disables it)
 */
public record Augmentation(int padding, boolean flip, int cutout) {

    /** No augmentation: what validation and test data get. */
    public static final Augmentation NONE = new Augmentation(0, false, 0);

    /** Crop with 4-pixel padding and flip: the DARTS search-phase augmentation. */
    public static final Augmentation STANDARD = new Augmentation(4, true, 0);

    /** Validates the values. */
    public Augmentation {
        if (padding < 0 || padding > ImageSet.SIDE) {
            throw new IllegalArgumentException("padding must be in [0, 32], got " + padding);
        }
        if (cutout < 0 || cutout > ImageSet.SIDE) {
            throw new IllegalArgumentException("cutout must be in [0, 32], got " + cutout);
        }
    }

    /** Returns this augmentation with cutout of the given side. */
    public Augmentation withCutout(int side) {
        return new Augmentation(padding, flip, side);
    }
}
